package no.veikart.roadmap.portfolio.rest;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.gain.domain.GainStatus;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.phase.domain.StandardPhase;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.portfolio.domain.IssueKeys;
import no.veikart.roadmap.portfolio.domain.Portfolio;
import no.veikart.roadmap.portfolio.domain.PortfolioQuery;
import no.veikart.roadmap.portfolio.domain.PortfolioService;

/**
 * {@code GET /portfolio?projects=A,B&currency=DKK} or {@code ?filterId=10000}: the dashboard gadget's figures
 * (api.md); with a filter, {@code filter:{id, name}} names it. Names are localised
 * here; counts, sums and keys come from {@link PortfolioService}, which checks what the caller may browse.
 */
@Path("/portfolio")
public class PortfolioResource {
    private final PortfolioService portfolios;
    private final RestSupport rest;
    private final Texts texts;
    private final UserManager userManager;

    @Inject
    public PortfolioResource(PortfolioService portfolios, RestSupport rest, Texts texts, UserManager userManager) {
        this.portfolios = portfolios;
        this.rest = rest;
        this.texts = texts;
        this.userManager = userManager;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Map<String, Object> portfolio(@QueryParam("projects") String projects,
            @QueryParam("currency") String currency, @QueryParam("filterId") String filterId) {
        long started = System.nanoTime();
        Actor actor = rest.actor();
        Portfolio p = portfolios.portfolio(actor, PortfolioQuery.parse(projects, currency, filterId));
        Locale locale = actor.locale();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("projects", p.projects());
        out.put("filter", p.filter() == null ? null : Map.of("id", p.filter().id(), "name", p.filter().name()));
        out.put("currency", p.currency() == null ? null : p.currency().name());
        out.put("initiatives", p.initiatives());
        Map<String, Integer> byPhase = new LinkedHashMap<>();
        List<Map<String, Object>> phases = new ArrayList<>();
        for (Portfolio.PhaseCount phase : p.phases()) {
            byPhase.put(phase.phaseKey(), phase.count());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", phase.phaseKey());
            m.put("name", phaseName(phase.phaseKey(), locale));
            m.put("count", phase.count());
            keys(m, phase.issueKeys());
            phases.add(m);
        }
        out.put("byPhase", byPhase);
        out.put("phases", phases);
        out.put("byStatus", p.byStatus());
        out.put("gains", gains(p, locale));
        out.put("anchoring", Map.of("levels", levels(p, locale)));
        out.put("overdueFollowUps", overdue(p));
        out.put("overdueCount", p.overdueCount());
        out.put("generatedMs", (System.nanoTime() - started) / 1_000_000);
        return out;
    }

    private Map<String, Object> gains(Portfolio p, Locale locale) {
        Portfolio.Gains g = p.gains();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("currency", p.currency() == null ? null : p.currency().name());
        amounts(out, g.total());
        out.put("count", g.count());
        Map<String, Object> byType = new LinkedHashMap<>();
        for (GainType type : GainType.values()) {
            Portfolio.TypeSummary t = g.byType().get(type);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", texts.text(locale, "roadmap.gain.type." + type.name()));
            m.put("count", t.count());
            amounts(m, t.amounts());
            keys(m, t.issueKeys());
            byType.put(type.name(), m);
        }
        out.put("byType", byType);
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (GainStatus status : GainStatus.values()) {
            byStatus.put(status.name(), g.byStatus().getOrDefault(status, 0));
        }
        out.put("byStatus", byStatus);
        out.put("otherCurrencies", g.otherCurrencies().stream().map(Enum::name).sorted().toList());
        return out;
    }

    private List<Map<String, Object>> levels(Portfolio p, Locale locale) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Portfolio.LevelCoverage c : p.anchoring()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("level", c.level().name());
            m.put("name", texts.text(locale, "roadmap.stakeholder.level." + c.level().name()));
            m.put("initiatives", c.initiatives());
            m.put("anchored", c.anchored());
            m.put("inProgress", c.inProgress());
            m.put("missing", c.missing());
            Map<String, Object> keys = new LinkedHashMap<>();
            keys.put("anchored", c.anchoredKeys().keys());
            keys.put("inProgress", c.inProgressKeys().keys());
            keys.put("missing", c.missingKeys().keys());
            m.put("issueKeys", keys);
            m.put("more", c.anchoredKeys().more() || c.inProgressKeys().more() || c.missingKeys().more());
            out.add(m);
        }
        return out;
    }

    private List<Map<String, Object>> overdue(Portfolio p) {
        Map<String, String> names = new HashMap<>();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Portfolio.OverdueFollowUp f : p.overdue()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("issueKey", f.issueKey());
            m.put("summary", f.summary());
            m.put("gainId", f.gainId());
            m.put("gainTitle", f.gainTitle());
            m.put("ownerName", f.ownerKey() == null ? null : names.computeIfAbsent(f.ownerKey(), this::displayName));
            m.put("dueDate", f.due().toString());
            m.put("daysOverdue", f.daysOverdue());
            out.add(m);
        }
        return out;
    }

    /** The owner's display name; the stored text when it is not a Jira user (owners may be typed names). */
    private String displayName(String ownerKey) {
        ApplicationUser user = userManager.getUserByKey(ownerKey);
        return user == null ? ownerKey : user.getDisplayName();
    }

    private static void amounts(Map<String, Object> m, Portfolio.Amounts a) {
        m.put("planned", money(a.plannedMoney()));
        m.put("realised", money(a.realisedMoney()));
        m.put("plannedHours", money(a.plannedHours()));
        m.put("realisedHours", money(a.realisedHours()));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static void keys(Map<String, Object> m, IssueKeys keys) {
        m.put("issueKeys", keys.keys());
        m.put("more", keys.more());
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
