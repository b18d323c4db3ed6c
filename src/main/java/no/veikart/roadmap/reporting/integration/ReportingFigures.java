package no.veikart.roadmap.reporting.integration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainFigures;
import no.veikart.roadmap.gain.domain.GainRepository;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import no.veikart.roadmap.reporting.domain.Aspect;
import no.veikart.roadmap.reporting.domain.CadenceRepository;
import no.veikart.roadmap.reporting.domain.OrgUnit;
import no.veikart.roadmap.reporting.domain.OrgUnitRepository;
import no.veikart.roadmap.reporting.domain.OverdueReport;
import no.veikart.roadmap.reporting.domain.ReportingCadence;
import no.veikart.roadmap.reporting.domain.ReportingRollup;
import no.veikart.roadmap.reporting.domain.ReportingRules;
import no.veikart.roadmap.reporting.domain.RollupInitiative;
import no.veikart.roadmap.reporting.domain.CostToDate;
import no.veikart.roadmap.reporting.domain.StatusReport;
import no.veikart.roadmap.reporting.domain.StatusReportRepository;
import no.veikart.roadmap.reporting.domain.TrafficLight;
import no.veikart.roadmap.reporting.view.ReportingSectionView;
import no.veikart.roadmap.reporting.view.RollupInitiativeView;

/**
 * Reads everything the reporting roll-up needs for a set of initiatives the caller may see, in six queries whatever
 * their number: summary rows (phase, status, gain money), units and assignments, latest published reports, cadences
 * and the gain feature's economics (its domain port). Shared by the portfolio section and the printable summary.
 *
 * <p>Investment is the economics' investment; cost so far is {@link CostToDate}: the year-0 cost (investment and
 * training time) and the running cost of the months completed since the earliest baseline date of the initiative's
 * gains, up to the horizon (docs/reporting.md).
 */
public class ReportingFigures {
    private final InitiativeSummaryReader summaries;
    private final OrgUnitRepository units;
    private final StatusReportRepository reports;
    private final CadenceRepository cadences;
    private final GainRepository gains;

    public ReportingFigures(InitiativeSummaryReader summaries, OrgUnitRepository units, StatusReportRepository reports,
            CadenceRepository cadences, GainRepository gains) {
        this.summaries = summaries;
        this.units = units;
        this.reports = reports;
        this.cadences = cadences;
        this.gains = gains;
    }

    /** The initiatives of these Jira issues (initiative issues the caller may browse), rolled up. */
    public ReportingSectionView figures(Collection<Long> issueIds, LocalDate today) {
        List<InitiativeSummary> rows = new ArrayList<>();
        if (!issueIds.isEmpty()) {
            summaries.ofIssues(issueIds, rows::add);
        }
        rows.sort(Comparator.comparing(InitiativeSummary::issueKey, no.veikart.roadmap.initiative.domain.InitiativeGuard::compareIssueKeys));
        List<Long> ids = rows.stream().map(InitiativeSummary::initiativeId).toList();
        Set<String> projects = new HashSet<>();
        rows.forEach(r -> projects.add(r.projectKey()));
        Map<Long, OrgUnitRepository.Assignment> assigned = ids.isEmpty() ? Map.of() : units.assignments(ids);
        Map<Long, OrgUnit> unitById = new HashMap<>();
        units.list().forEach(u -> unitById.put(u.id(), u));
        Map<Long, StatusReport> latest = ids.isEmpty() ? Map.of() : reports.latestPublished(ids);
        Map<String, ReportingCadence> stored = projects.isEmpty() ? Map.of() : cadences.find(projects);
        Map<Long, Economics> economics = ids.isEmpty() ? Map.of() : gains.findEconomicsByInitiatives(ids);
        Map<Long, LocalDate> starts = new HashMap<>();
        if (!economics.isEmpty()) {
            for (Gain g : gains.findByInitiatives(economics.keySet())) {
                starts.merge(g.initiativeId(), g.baselineDate(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<Long, List<GainFigures.Money>> money = new HashMap<>();
        rows.forEach(r -> money.put(r.initiativeId(), GainFigures.parseMoney(r.gainMoney())));
        Currency currency = mainCurrency(money.values(), economics.values());

        List<RollupInitiative> all = new ArrayList<>();
        for (InitiativeSummary r : rows) {
            OrgUnitRepository.Assignment a = assigned.get(r.initiativeId());
            OrgUnit unit = a == null || a.unitId() == null ? null : unitById.get(a.unitId());
            StatusReport last = latest.get(r.initiativeId());
            OverdueReport owed = ReportingRules.HALTED.equals(r.status()) ? null
                    : ReportingRules.owed(new InitiativeRef(r.initiativeId(), r.issueId(), r.issueKey(), r.projectKey(),
                            List.of(), r.currentPhase()), stored.getOrDefault(r.projectKey(),
                            ReportingCadence.defaultFor(r.projectKey())), last == null ? null : last.period(), today)
                            .orElse(null);
            BigDecimal planned = BigDecimal.ZERO;
            BigDecimal realised = BigDecimal.ZERO;
            for (GainFigures.Money m : money.get(r.initiativeId())) {
                if (m.currency() == currency) {
                    planned = planned.add(m.planned());
                    realised = realised.add(m.realised());
                }
            }
            Economics e = economics.get(r.initiativeId());
            boolean sameCurrency = e != null && e.currency() == currency;
            BigDecimal investment = sameCurrency ? e.investment() : BigDecimal.ZERO;
            BigDecimal cost = sameCurrency ? CostToDate.of(e.investment().add(e.trainingCost()), e.yearlyRunningCost(),
                    e.horizonYears(), starts.get(r.initiativeId()), today) : BigDecimal.ZERO;
            all.add(new RollupInitiative(r.issueKey(), r.projectKey(), r.summary(), r.currentPhase(), r.status(), unit, last,
                    owed, planned, realised, investment, cost));
        }
        ReportingRollup.Rollup rollup = ReportingRollup.of(all);
        List<ReportingSectionView.Group> groups = rollup.groups().stream().map(g -> new ReportingSectionView.Group(g.sector(),
                g.department(), g.initiatives().stream().map(ReportingFigures::view).toList())).toList();
        List<RollupInitiativeView> overdue = all.stream().filter(i -> i.owed() != null)
                .sorted(Comparator.comparingLong((RollupInitiative i) -> i.owed().daysOverdue()).reversed())
                .map(ReportingFigures::view).toList();
        return new ReportingSectionView(currency == null ? null : currency.name(), rollup.sectors(), rollup.units(), groups,
                overdue);
    }

    static RollupInitiativeView view(RollupInitiative i) {
        StatusReport r = i.latest();
        OverdueReport o = i.owed();
        return new RollupInitiativeView(i.issueKey(), i.summary(), i.phase(), i.status(),
                r == null ? null : r.period().toString(), light(r, Aspect.OVERALL), light(r, Aspect.PHASE),
                light(r, Aspect.GAINS), light(r, Aspect.ANCHORING), light(r, Aspect.RISKS),
                o == null ? null : o.period().toString(), o == null ? null : o.dueDate().toString(),
                o == null ? null : o.daysOverdue(), i.plannedGains(), i.realisedGains(), i.investment(), i.costSoFar());
    }

    private static String light(StatusReport r, Aspect a) {
        return r == null ? null : TrafficLight.nameOf(r.light(a));
    }

    /** The currency most monetised gains use (then the economics'); null when there is no money at all. */
    static Currency mainCurrency(Collection<List<GainFigures.Money>> money, Collection<Economics> economics) {
        Map<Currency, Integer> counts = new EnumMap<>(Currency.class);
        money.forEach(list -> list.forEach(m -> counts.merge(m.currency(), m.count(), Integer::sum)));
        if (counts.isEmpty()) {
            economics.forEach(e -> counts.merge(e.currency(), 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.<Currency, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }
}
