package no.veikart.roadmap.portfolio.fivestream;

import no.veikart.roadmap.portfolio.domain.IssueKeys;
import no.veikart.roadmap.portfolio.domain.Portfolio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainCalculator;
import no.veikart.roadmap.gain.domain.GainStatus;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.gain.domain.Monetisation;
import no.veikart.roadmap.gain.domain.Unit;
import no.veikart.roadmap.phase.domain.StandardPhase;
import no.veikart.roadmap.stakeholder.domain.Level;

/**
 * The portfolio as it was computed before the read model (issue 14), kept in test scope only: the benchmark measures
 * it as {@code before_ms} and the property tests check the read model against it.
 *
 * <p>Folds the streamed rows of a {@link FiveStreamSource} into a {@link Portfolio} in one pass each, keeping only what
 * the figures need (per initiative: phase, levels present and anchored; per gain: the latest measurement). The
 * gain rules are {@link GainCalculator}'s, so the dashboard and the gain panel never disagree.
 *
 * <p>Feed initiatives first, then stakeholders before anchored statuses; rows of initiatives not fed are ignored.
 */
public final class FiveStreamAggregator {
    public static final int MAX_OVERDUE = 50;

    private static final Comparator<Measurement> LATEST = Comparator.comparing(Measurement::date)
            .thenComparingLong(Measurement::id);

    private final GainCalculator calculator;
    private final Currency requestedCurrency;
    private final LocalDate today;
    private final LongPredicate selectedIssues;

    private final Map<Long, PortfolioInitiative> initiatives = new LinkedHashMap<>();
    private final Map<Long, Level> levelOfStakeholder = new HashMap<>();
    private final Map<Long, EnumSet<Level>> levelsPresent = new HashMap<>();
    private final Map<Long, EnumSet<Level>> levelsAnchored = new HashMap<>();
    private final List<Gain> gains = new ArrayList<>();
    private final Map<Long, Measurement> latest = new HashMap<>();
    private final Map<Long, Economics> economics = new HashMap<>();

    /** @param currency the currency to sum money in; null to take the one most gains are in */
    public FiveStreamAggregator(GainCalculator calculator, Currency currency, LocalDate today) {
        this(calculator, currency, today, issueId -> true);
    }

    /** Counts only the initiatives whose Jira issue {@code selectedIssues} accepts (a saved filter's issues). */
    public FiveStreamAggregator(GainCalculator calculator, Currency currency, LocalDate today,
            LongPredicate selectedIssues) {
        this.selectedIssues = Objects.requireNonNull(selectedIssues, "selectedIssues");
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.requestedCurrency = currency;
        this.today = Objects.requireNonNull(today, "today");
    }

    /** The five streams of {@code source} over {@code projects}, folded. */
    public static Portfolio compute(FiveStreamSource source, GainCalculator calculator, List<String> projects,
            Currency currency, LocalDate today, LongPredicate issues) {
        FiveStreamAggregator aggregator = new FiveStreamAggregator(calculator, currency, today, issues);
        if (!projects.isEmpty()) {
            source.initiatives(projects, aggregator::initiative);
            source.stakeholders(projects, aggregator::stakeholder);
            source.anchored(projects, aggregator::anchored);
            source.gains(projects, aggregator::measuredGain);
            source.economics(projects, aggregator::economics);
        }
        return aggregator.result(projects);
    }

    public void initiative(PortfolioInitiative initiative) {
        if (!selectedIssues.test(initiative.issueId())) {
            return;
        }
        initiatives.put(initiative.id(), initiative);
    }

    public void stakeholder(StakeholderLevel stakeholder) {
        if (stakeholder.level() == null || !initiatives.containsKey(stakeholder.initiativeId())) {
            return;
        }
        levelOfStakeholder.put(stakeholder.stakeholderId(), stakeholder.level());
        levelsPresent.computeIfAbsent(stakeholder.initiativeId(), k -> EnumSet.noneOf(Level.class))
                .add(stakeholder.level());
    }

    public void anchored(AnchoredIn anchored) {
        PortfolioInitiative initiative = initiatives.get(anchored.initiativeId());
        Level level = levelOfStakeholder.get(anchored.stakeholderId());
        if (initiative == null || level == null || !anchored.phaseKey().equals(initiative.currentPhase())) {
            return;
        }
        levelsAnchored.computeIfAbsent(anchored.initiativeId(), k -> EnumSet.noneOf(Level.class)).add(level);
    }

    public void gain(Gain gain) {
        if (initiatives.containsKey(gain.initiativeId())) {
            gains.add(gain);
        }
    }

    public void measuredGain(MeasuredGain measured) {
        gain(measured.gain());
        if (measured.latest() != null) {
            measurement(measured.latest());
        }
    }

    public void measurement(Measurement measurement) {
        latest.merge(measurement.gainId(), measurement, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
    }

    public void economics(Economics e) {
        if (initiatives.containsKey(e.initiativeId())) {
            economics.put(e.initiativeId(), e);
        }
    }

    public Portfolio result(List<String> projects) {
        List<Portfolio.OverdueFollowUp> overdue = allOverdue();
        // monetised once per gain: the currency choice and the sums both need it
        List<Monetisation> planned = new ArrayList<>(gains.size());
        for (Gain gain : gains) {
            planned.add(calculator.monetisePlanned(gain, economics.get(gain.initiativeId())));
        }
        Currency currency = chosenCurrency(planned);
        return new Portfolio(projects, currency, initiatives.size(), phases(), statuses(), gainSummary(currency, planned),
                anchoring(),
                overdue.subList(0, Math.min(MAX_OVERDUE, overdue.size())), overdue.size());
    }

    private List<Portfolio.PhaseCount> phases() {
        Map<String, IssueKeys.Collector> keys = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (StandardPhase phase : StandardPhase.values()) {
            keys.put(phase.name(), new IssueKeys.Collector());
            counts.put(phase.name(), 0);
        }
        Map<String, Integer> other = new TreeMap<>();
        for (PortfolioInitiative i : initiatives.values()) {
            String phase = i.currentPhase() == null ? "" : i.currentPhase();
            if (!counts.containsKey(phase)) {
                other.merge(phase, 0, Integer::sum);
            }
        }
        other.keySet().forEach(k -> {
            keys.put(k, new IssueKeys.Collector());
            counts.put(k, 0);
        });
        for (PortfolioInitiative i : initiatives.values()) {
            String phase = i.currentPhase() == null ? "" : i.currentPhase();
            counts.merge(phase, 1, Integer::sum);
            keys.get(phase).add(i.issueKey());
        }
        List<Portfolio.PhaseCount> out = new ArrayList<>();
        counts.forEach((phase, count) -> out.add(new Portfolio.PhaseCount(phase, count, keys.get(phase).build())));
        return out;
    }

    private Map<String, Integer> statuses() {
        Map<String, Integer> out = new TreeMap<>();
        initiatives.values().forEach(i -> out.merge(String.valueOf(i.status()), 1, Integer::sum));
        return out;
    }

    private Portfolio.Gains gainSummary(Currency chosen, List<Monetisation> plannedMoney) {
        Map<GainType, Portfolio.Amounts> amounts = new EnumMap<>(GainType.class);
        Map<GainType, Integer> counts = new EnumMap<>(GainType.class);
        Map<GainType, IssueKeys.Collector> keys = new EnumMap<>(GainType.class);
        Map<GainStatus, Integer> statuses = new EnumMap<>(GainStatus.class);
        for (GainType type : GainType.values()) {
            amounts.put(type, Portfolio.Amounts.ZERO);
            counts.put(type, 0);
            keys.put(type, new IssueKeys.Collector());
        }
        for (GainStatus status : GainStatus.values()) {
            statuses.put(status, 0);
        }
        Set<Currency> otherCurrencies = EnumSet.noneOf(Currency.class);
        Portfolio.Amounts total = Portfolio.Amounts.ZERO;
        for (int g = 0; g < gains.size(); g++) {
            Gain gain = gains.get(g);
            Measurement last = latest.get(gain.id());
            List<Measurement> measured = last == null ? List.of() : List.of(last);
            Monetisation planned = plannedMoney.get(g);
            boolean inCurrency = planned.amount() != null && planned.currency() == chosen;
            if (planned.amount() != null && !inCurrency) {
                otherCurrencies.add(planned.currency());
            }
            boolean hours = gain.unit() == Unit.HOURS;
            BigDecimal realised = inCurrency || hours ? calculator.realisedYearlyValue(gain, last) : null;
            Portfolio.Amounts a = new Portfolio.Amounts(
                    inCurrency ? planned.amount() : BigDecimal.ZERO,
                    inCurrency ? calculator.monetise(gain, realised, economics.get(gain.initiativeId())).amount()
                            : BigDecimal.ZERO,
                    hours ? calculator.plannedYearlyValue(gain) : BigDecimal.ZERO,
                    hours ? realised : BigDecimal.ZERO);
            amounts.merge(gain.type(), a, Portfolio.Amounts::plus);
            total = total.plus(a);
            counts.merge(gain.type(), 1, Integer::sum);
            keys.get(gain.type()).add(initiatives.get(gain.initiativeId()).issueKey());
            statuses.merge(calculator.status(gain, measured, today), 1, Integer::sum);
        }
        Map<GainType, Portfolio.TypeSummary> byType = new EnumMap<>(GainType.class);
        for (GainType type : GainType.values()) {
            byType.put(type, new Portfolio.TypeSummary(counts.get(type), amounts.get(type), keys.get(type).build()));
        }
        return new Portfolio.Gains(gains.size(), total, byType, statuses, otherCurrencies);
    }

    /**
     * The requested currency; without one, the currency most monetised gains are in (ties: the first in
     * {@link Currency} order), or none when no gain is money.
     */
    private Currency chosenCurrency(List<Monetisation> planned) {
        if (requestedCurrency != null) {
            return requestedCurrency;
        }
        Map<Currency, Integer> counts = new EnumMap<>(Currency.class);
        for (Monetisation m : planned) {
            Currency c = m.currency();
            if (c != null) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        Currency best = null;
        for (Map.Entry<Currency, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private List<Portfolio.LevelCoverage> anchoring() {
        List<Portfolio.LevelCoverage> out = new ArrayList<>();
        for (Level level : Level.values()) {
            IssueKeys.Collector anchored = new IssueKeys.Collector();
            IssueKeys.Collector inProgress = new IssueKeys.Collector();
            IssueKeys.Collector missing = new IssueKeys.Collector();
            int a = 0;
            int p = 0;
            int m = 0;
            for (PortfolioInitiative i : initiatives.values()) {
                if (levelsAnchored.getOrDefault(i.id(), EnumSet.noneOf(Level.class)).contains(level)) {
                    a++;
                    anchored.add(i.issueKey());
                } else if (levelsPresent.getOrDefault(i.id(), EnumSet.noneOf(Level.class)).contains(level)) {
                    p++;
                    inProgress.add(i.issueKey());
                } else {
                    m++;
                    missing.add(i.issueKey());
                }
            }
            out.add(new Portfolio.LevelCoverage(level, initiatives.size(), a, p, m, anchored.build(),
                    inProgress.build(), missing.build()));
        }
        return out;
    }

    private List<Portfolio.OverdueFollowUp> allOverdue() {
        List<Portfolio.OverdueFollowUp> out = new ArrayList<>();
        for (Gain gain : gains) {
            Measurement last = latest.get(gain.id());
            LocalDate due = calculator.nextMeasurementDue(gain, last == null ? List.of() : List.of(last));
            if (GainCalculator.isOverdue(due, today)) {
                PortfolioInitiative i = initiatives.get(gain.initiativeId());
                out.add(new Portfolio.OverdueFollowUp(i.issueKey(), i.summary(), gain.id(), gain.title(),
                        gain.ownerKey(), due, ChronoUnit.DAYS.between(due, today)));
            }
        }
        out.sort(Comparator.comparing(Portfolio.OverdueFollowUp::due).thenComparing(Portfolio.OverdueFollowUp::issueKey)
                .thenComparingLong(Portfolio.OverdueFollowUp::gainId));
        return out;
    }
}
