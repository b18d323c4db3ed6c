package no.veikart.roadmap.portfolio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.GainStatus;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.stakeholder.domain.Level;

/**
 * The portfolio at a glance: what a manager reads on the dashboard. Every count comes with the issue keys behind it.
 *
 * @param projects the projects counted (those asked for that the caller may browse)
 * @param currency money is summed in this currency only; gains in other currencies are named in
 *        {@link Gains#otherCurrencies()} and left out of the sums (nothing is converted)
 * @param initiatives number of initiatives counted
 * @param phases initiatives by current phase: the six standard phases in roadmap order, then any other phase keys of
 *        edited templates, sorted
 * @param byStatus initiatives by status (ACTIVE, HALTED, …)
 * @param overdue overdue follow-ups, oldest first, at most {@link PortfolioAggregator#MAX_OVERDUE}
 * @param overdueCount all overdue follow-ups
 * @param filter the saved filter that chose the initiatives, or null when whole projects are counted
 * @param sections the features' sections asked for, by name ({@link PortfolioSection})
 */
public record Portfolio(List<String> projects, Currency currency, int initiatives, List<PhaseCount> phases,
        Map<String, Integer> byStatus, Gains gains, List<LevelCoverage> anchoring, List<OverdueFollowUp> overdue,
        int overdueCount, Filter filter, Map<String, Object> sections) {

    public Portfolio(List<String> projects, Currency currency, int initiatives, List<PhaseCount> phases,
            Map<String, Integer> byStatus, Gains gains, List<LevelCoverage> anchoring, List<OverdueFollowUp> overdue,
            int overdueCount, Filter filter) {
        this(projects, currency, initiatives, phases, byStatus, gains, anchoring, overdue, overdueCount, filter,
                Map.of());
    }

    public Portfolio(List<String> projects, Currency currency, int initiatives, List<PhaseCount> phases,
            Map<String, Integer> byStatus, Gains gains, List<LevelCoverage> anchoring, List<OverdueFollowUp> overdue,
            int overdueCount) {
        this(projects, currency, initiatives, phases, byStatus, gains, anchoring, overdue, overdueCount, null);
    }

    public Portfolio withFilter(Filter chosenBy) {
        return new Portfolio(projects, currency, initiatives, phases, byStatus, gains, anchoring, overdue, overdueCount,
                chosenBy, sections);
    }

    public Portfolio withSections(Map<String, Object> figures) {
        return new Portfolio(projects, currency, initiatives, phases, byStatus, gains, anchoring, overdue, overdueCount,
                filter, figures);
    }

    /** A saved filter by id and name (the name as its owner typed it). */
    public record Filter(long id, String name) {
    }

    public Portfolio {
        projects = List.copyOf(projects);
        phases = List.copyOf(phases);
        byStatus = Map.copyOf(byStatus);
        anchoring = List.copyOf(anchoring);
        overdue = List.copyOf(overdue);
        sections = sections == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    public record PhaseCount(String phaseKey, int count, IssueKeys issueKeys) {
    }

    /**
     * Gains planned vs realised, per year as the gain panel reads them. Money: CURRENCY gains as they are and TIME
     * gains in hours at their initiative's hourly rate, in {@code currency} only. Hours: all gains measured in HOURS.
     */
    public record Gains(int count, Amounts total, Map<GainType, TypeSummary> byType, Map<GainStatus, Integer> byStatus,
            Set<Currency> otherCurrencies) {
        public Gains {
            byType = Map.copyOf(byType);
            byStatus = Map.copyOf(byStatus);
            otherCurrencies = Set.copyOf(otherCurrencies);
        }
    }

    public record Amounts(BigDecimal plannedMoney, BigDecimal realisedMoney, BigDecimal plannedHours,
            BigDecimal realisedHours) {
        public static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);

        public Amounts plus(Amounts o) {
            return new Amounts(plannedMoney.add(o.plannedMoney), realisedMoney.add(o.realisedMoney),
                    plannedHours.add(o.plannedHours), realisedHours.add(o.realisedHours));
        }
    }

    public record TypeSummary(int count, Amounts amounts, IssueKeys issueKeys) {
    }

    /**
     * Anchoring of one organisational level across the initiatives: for each initiative, the level is
     * <b>anchored</b> when a stakeholder at that level is ANCHORED in the initiative's current phase, <b>in
     * progress</b> when it has stakeholders at that level but none anchored now, and <b>missing</b> when nobody is
     * registered at that level.
     */
    public record LevelCoverage(Level level, int initiatives, int anchored, int inProgress, int missing,
            IssueKeys anchoredKeys, IssueKeys inProgressKeys, IssueKeys missingKeys) {
    }

    public record OverdueFollowUp(String issueKey, String summary, long gainId, String gainTitle, String ownerKey,
            LocalDate due, long daysOverdue) {
    }
}
