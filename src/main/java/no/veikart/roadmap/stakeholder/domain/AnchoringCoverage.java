package no.veikart.roadmap.stakeholder.domain;

import no.veikart.roadmap.initiative.domain.InitiativeRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The anchoring rules of the roadmap ("anchor on all levels", "keep the anchoring tool updated in every phase"),
 * in one place for REST, the issue panel, the portfolio and the export.
 *
 * <ul>
 *   <li><b>Covered:</b> a level is covered in a phase when at least one stakeholder at that level is ANCHORED in
 *       that phase. Statuses are kept per phase, so anchoring must be renewed as the work moves on.</li>
 *   <li><b>Best status:</b> of a level in a phase, the furthest status any of its stakeholders has there
 *       (NOT_STARTED &lt; PLANNED &lt; IN_DIALOGUE &lt; ANCHORED); none when nobody has a status.</li>
 *   <li><b>Stale:</b> a stakeholder whose next contact is before today (overdue), or who has no status for the
 *       current phase (not looked at since the phase began). An explicit NOT_STARTED counts as looked at.</li>
 *   <li><b>noStakeholders:</b> nobody registered yet; the guide to start. The level warnings are left out then,
 *       as they would only repeat it.</li>
 *   <li><b>politicalNotAnchoredBeforePiloting:</b> the method asks for anchoring at all levels before piloting,
 *       and a pilot needs political backing. From Service development on (one phase ahead, so there is time to
 *       act before the pilot starts) until the end, it warns when no POLITICAL stakeholder is ANCHORED in the
 *       current phase. In a template without SERVICE_DEVELOPMENT the threshold is PILOTING; without either the
 *       rule does not apply.</li>
 *   <li><b>levelMissing:</b> one per expected level (all but EXTERNAL, which is optional) with nobody at all.</li>
 *   <li><b>negativeAttitudeHighInfluence:</b> one per stakeholder with attitude below 0 and influence 4 or 5 —
 *       the "manage closely" corner of the power/interest grid, where resistance can stop the work.</li>
 *   <li><b>contactOverdue:</b> one per stakeholder whose next contact is before today, oldest first.</li>
 *   <li><b>notUpdatedInPhase:</b> one for all stakeholders without a status for the current phase.</li>
 * </ul>
 * Warnings come in the order above (most urgent first).
 */
public final class AnchoringCoverage {
    public static final String NO_STAKEHOLDERS = "roadmap.stakeholder.warning.noStakeholders";
    public static final String LEVEL_MISSING = "roadmap.stakeholder.warning.levelMissing";
    public static final String POLITICAL_NOT_ANCHORED = "roadmap.stakeholder.warning.politicalNotAnchoredBeforePiloting";
    public static final String CONTACT_OVERDUE = "roadmap.stakeholder.warning.contactOverdue";
    public static final String NOT_UPDATED_IN_PHASE = "roadmap.stakeholder.warning.notUpdatedInPhase";
    public static final String NEGATIVE_HIGH_INFLUENCE = "roadmap.stakeholder.warning.negativeAttitudeHighInfluence";

    static final String SERVICE_DEVELOPMENT = "SERVICE_DEVELOPMENT";
    static final String PILOTING = "PILOTING";

    private AnchoringCoverage() {
    }

    public static Coverage evaluate(List<Stakeholder> stakeholders, InitiativeRef initiative, LocalDate today) {
        return evaluate(stakeholders, initiative.phaseKeys(), initiative.currentPhase(), today);
    }

    /**
     * @param stakeholders the initiative's stakeholders, in the order the stale list should keep
     * @param phaseKeys the initiative's phases in order (statuses for other keys are ignored)
     * @param currentPhase the phase the initiative is in
     * @param today the date overdue contacts are measured against
     */
    public static Coverage evaluate(List<Stakeholder> stakeholders, List<String> phaseKeys, String currentPhase,
            LocalDate today) {
        Objects.requireNonNull(currentPhase, "currentPhase");
        Objects.requireNonNull(today, "today");
        Map<Level, int[]> counts = new EnumMap<>(Level.class);
        Map<Level, AnchoringStatus> best = new EnumMap<>(Level.class);
        Map<Level, Map<String, AnchoringStatus>> matrix = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            counts.put(level, new int[2]);
            matrix.put(level, new LinkedHashMap<>());
        }
        List<Coverage.StaleStakeholder> stale = new ArrayList<>();
        List<Stakeholder> overdue = new ArrayList<>();
        List<Long> notUpdated = new ArrayList<>();
        List<Warning> negative = new ArrayList<>();
        for (Stakeholder s : stakeholders) {
            int[] c = counts.get(s.level());
            c[0]++;
            AnchoringStatus now = s.statusByPhase().get(currentPhase);
            if (now == AnchoringStatus.ANCHORED) {
                c[1]++;
            }
            best.put(s.level(), AnchoringStatus.best(best.get(s.level()), now));
            Map<String, AnchoringStatus> row = matrix.get(s.level());
            for (String phase : phaseKeys) {
                AnchoringStatus st = s.statusByPhase().get(phase);
                if (st != null) {
                    row.put(phase, AnchoringStatus.best(row.get(phase), st));
                }
            }
            List<Coverage.StaleReason> reasons = new ArrayList<>();
            if (s.contactOverdue(today)) {
                reasons.add(Coverage.StaleReason.CONTACT_OVERDUE);
                overdue.add(s);
            }
            if (now == null) {
                reasons.add(Coverage.StaleReason.NO_STATUS_IN_PHASE);
                notUpdated.add(s.id());
            }
            if (!reasons.isEmpty()) {
                stale.add(new Coverage.StaleStakeholder(s.id(), s.name(), s.level(), s.nextContact(), reasons));
            }
            if (s.attitude() < 0 && s.influence() >= Quadrant.HIGH) {
                negative.add(new Warning(NEGATIVE_HIGH_INFLUENCE, List.of(s.name(), s.attitude(), s.influence()),
                        s.level(), List.of(s.id())));
            }
        }

        Map<Level, Coverage.LevelCoverage> byLevel = new EnumMap<>(Level.class);
        Map<Level, Map<String, AnchoringStatus>> byLevelAndPhase = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            int[] c = counts.get(level);
            byLevel.put(level, new Coverage.LevelCoverage(level, c[0], c[1], best.get(level), c[1] > 0));
            byLevelAndPhase.put(level, Collections.unmodifiableMap(matrix.get(level)));
        }

        List<Warning> warnings = new ArrayList<>();
        if (stakeholders.isEmpty()) {
            warnings.add(new Warning(NO_STAKEHOLDERS, List.of(), null, List.of()));
        }
        if (politicalAnchoringDue(phaseKeys, currentPhase) && !byLevel.get(Level.POLITICAL).covered()) {
            List<Long> political = stakeholders.stream().filter(s -> s.level() == Level.POLITICAL).map(Stakeholder::id).toList();
            warnings.add(new Warning(POLITICAL_NOT_ANCHORED, List.of(phaseLabel(currentPhase)), Level.POLITICAL, political));
        }
        if (!stakeholders.isEmpty()) {
            for (Level level : Level.values()) {
                if (level.expected() && counts.get(level)[0] == 0) {
                    warnings.add(new Warning(LEVEL_MISSING, List.of(level.labelKey()), level, List.of()));
                }
            }
        }
        warnings.addAll(negative);
        overdue.sort(Comparator.comparing(Stakeholder::nextContact));
        for (Stakeholder s : overdue) {
            warnings.add(new Warning(CONTACT_OVERDUE, List.of(s.name(), s.nextContact()), s.level(), List.of(s.id())));
        }
        if (!notUpdated.isEmpty()) {
            warnings.add(new Warning(NOT_UPDATED_IN_PHASE, List.of(notUpdated.size(), phaseLabel(currentPhase)), null,
                    notUpdated));
        }
        return new Coverage(currentPhase, stakeholders.size(), Collections.unmodifiableMap(byLevel),
                Collections.unmodifiableMap(byLevelAndPhase), stale, warnings);
    }

    /** Whether the initiative has reached the phase from which political anchoring is expected (see class comment). */
    public static boolean politicalAnchoringDue(List<String> phaseKeys, String currentPhase) {
        int threshold = phaseKeys.indexOf(SERVICE_DEVELOPMENT);
        if (threshold < 0) {
            threshold = phaseKeys.indexOf(PILOTING);
        }
        int current = phaseKeys.indexOf(currentPhase);
        return threshold >= 0 && current >= threshold;
    }

    private static String phaseLabel(String phaseKey) {
        return "roadmap.phase." + phaseKey + ".name";
    }
}
