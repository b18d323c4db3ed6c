package no.veikart.roadmap.stakeholder.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How well an initiative is anchored, as computed by {@link AnchoringCoverage}: per level, per level and phase,
 * who is stale, and the warnings to act on. Immutable; {@code byLevel} always holds all six levels in their order.
 *
 * @param currentPhase the phase the figures are for
 * @param total number of stakeholders evaluated (the sum of the level counts)
 * @param byLevel per level: counts and best status in the current phase
 * @param byLevelAndPhase level → phase key → best status of that level's stakeholders in that phase, in phase
 *        order; a phase where nobody at the level has a status is absent
 * @param stale stakeholders with an overdue contact or without a status in the current phase, in input order
 * @param warnings most urgent first
 */
public record Coverage(String currentPhase, int total, Map<Level, LevelCoverage> byLevel,
        Map<Level, Map<String, AnchoringStatus>> byLevelAndPhase, List<StaleStakeholder> stale, List<Warning> warnings) {

    public Coverage {
        stale = List.copyOf(stale);
        warnings = List.copyOf(warnings);
    }

    /**
     * One level in the current phase. {@code best} is null when nobody at the level has a status for the phase;
     * {@code covered} is true when at least one of them is {@link AnchoringStatus#ANCHORED}.
     */
    public record LevelCoverage(Level level, int count, int anchored, AnchoringStatus best, boolean covered) {
    }

    public enum StaleReason {
        /** {@code nextContact} is before today. */
        CONTACT_OVERDUE,
        /** No anchoring status for the current phase. */
        NO_STATUS_IN_PHASE
    }

    public record StaleStakeholder(long stakeholderId, String name, Level level, LocalDate nextContact,
            List<StaleReason> reasons) {
        public StaleStakeholder {
            reasons = List.copyOf(reasons);
        }
    }

    /** Expected levels (all but external) with nobody anchored in the current phase, in level order. */
    public List<Level> uncoveredLevels() {
        return byLevel.values().stream().filter(c -> c.level().expected() && !c.covered()).map(LevelCoverage::level).toList();
    }

    public LevelCoverage level(Level level) {
        return byLevel.get(level);
    }
}
