package no.veikart.roadmap.portfolio.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.gain.domain.GainStatus;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.phase.domain.StandardPhase;
import no.veikart.roadmap.portfolio.domain.Portfolio;

/** Localises a {@link Portfolio} into the records of {@link PortfolioView}. */
public final class PortfolioViews {
    private final Texts texts;

    public PortfolioViews(Texts texts) {
        this.texts = texts;
    }

    /** @param ownerName display name of an owner's user key (called once per distinct owner) */
    public PortfolioView view(Portfolio p, Locale locale, Function<String, String> ownerName, long generatedMs) {
        Map<String, Integer> byPhase = new LinkedHashMap<>();
        List<PortfolioView.Phase> phases = new ArrayList<>();
        for (Portfolio.PhaseCount phase : p.phases()) {
            byPhase.put(phase.phaseKey(), phase.count());
            phases.add(new PortfolioView.Phase(phase.phaseKey(), phaseName(phase.phaseKey(), locale), phase.count(),
                    phase.issueKeys().keys(), phase.issueKeys().more()));
        }
        return new PortfolioView(p.projects(),
                p.filter() == null ? null : new PortfolioView.Filter(p.filter().id(), p.filter().name()),
                currency(p), p.initiatives(), byPhase, phases, p.byStatus(), gains(p, locale),
                new PortfolioView.Anchoring(levels(p, locale)), overdue(p, ownerName), p.overdueCount(), generatedMs,
                p.sections());
    }

    private static String currency(Portfolio p) {
        return p.currency() == null ? null : p.currency().name();
    }

    private PortfolioView.Gains gains(Portfolio p, Locale locale) {
        Portfolio.Gains g = p.gains();
        Map<String, PortfolioView.GainType> byType = new LinkedHashMap<>();
        for (GainType type : GainType.values()) {
            Portfolio.TypeSummary t = g.byType().get(type);
            Portfolio.Amounts a = t.amounts();
            byType.put(type.name(), new PortfolioView.GainType(texts.text(locale, "roadmap.gain.type." + type.name()),
                    t.count(), money(a.plannedMoney()), money(a.realisedMoney()), money(a.plannedHours()),
                    money(a.realisedHours()), t.issueKeys().keys(), t.issueKeys().more()));
        }
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (GainStatus status : GainStatus.values()) {
            byStatus.put(status.name(), g.byStatus().getOrDefault(status, 0));
        }
        Portfolio.Amounts total = g.total();
        return new PortfolioView.Gains(currency(p), money(total.plannedMoney()), money(total.realisedMoney()),
                money(total.plannedHours()), money(total.realisedHours()), g.count(), byType, byStatus,
                g.otherCurrencies().stream().map(Enum::name).sorted().toList());
    }

    private List<PortfolioView.Level> levels(Portfolio p, Locale locale) {
        List<PortfolioView.Level> out = new ArrayList<>();
        for (Portfolio.LevelCoverage c : p.anchoring()) {
            out.add(new PortfolioView.Level(c.level().name(),
                    texts.text(locale, "roadmap.stakeholder.level." + c.level().name()), c.initiatives(), c.anchored(),
                    c.inProgress(), c.missing(), new PortfolioView.LevelKeys(c.anchoredKeys().keys(),
                            c.inProgressKeys().keys(), c.missingKeys().keys()),
                    c.anchoredKeys().more() || c.inProgressKeys().more() || c.missingKeys().more()));
        }
        return out;
    }

    private static List<PortfolioView.Overdue> overdue(Portfolio p, Function<String, String> ownerName) {
        Map<String, String> names = new HashMap<>();
        List<PortfolioView.Overdue> out = new ArrayList<>();
        for (Portfolio.OverdueFollowUp f : p.overdue()) {
            out.add(new PortfolioView.Overdue(f.issueKey(), f.summary(), f.gainId(), f.gainTitle(),
                    f.ownerKey() == null ? null : names.computeIfAbsent(f.ownerKey(), ownerName),
                    f.due().toString(), f.daysOverdue()));
        }
        return out;
    }

    /** Cents, without trailing zeros (1050000, 12.5). */
    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Standard phases by their translated name; phases of edited templates by their key. */
    private String phaseName(String key, Locale locale) {
        for (StandardPhase phase : StandardPhase.values()) {
            if (phase.name().equals(key)) {
                return texts.text(locale, "roadmap.phase." + key + ".name");
            }
        }
        return key;
    }
}
