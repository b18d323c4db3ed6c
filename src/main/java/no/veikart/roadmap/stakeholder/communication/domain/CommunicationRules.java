package no.veikart.roadmap.stakeholder.communication.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;

/**
 * The plan's order and warnings, plain functions of the entries, the stakeholders, the phase and the day.
 * <ul>
 *   <li>{@code OVERDUE}: a planned entry whose date has passed (mark it done, cancel it or move it);</li>
 *   <li>{@code LEVEL_NOT_REACHED}: while the initiative has not reached Piloting, a level that has stakeholders
 *       but no planned or done entry aimed at it (at the level itself or at one of its stakeholders). The method
 *       wants anchoring on all levels before a pilot, so the chance to plan it is before Piloting; once there the
 *       warning would only nag.</li>
 * </ul>
 */
public final class CommunicationRules {
    public static final String PILOTING = "PILOTING";

    private CommunicationRules() {
    }

    /** By date, then by id (the order they were added on the same day). */
    public static final Comparator<Communication> ORDER = Comparator.comparing(Communication::date)
            .thenComparingLong(Communication::id);

    public static List<CommunicationWarning> warnings(List<Communication> entries, Map<Long, Stakeholder> stakeholders,
            List<String> phaseKeys, String currentPhase, LocalDate today) {
        List<CommunicationWarning> out = new ArrayList<>();
        for (Communication c : entries.stream().sorted(ORDER).toList()) {
            if (c.overdue(today)) {
                out.add(new CommunicationWarning(CommunicationWarning.OVERDUE, "roadmap.communication.warning.overdue",
                        List.of(c.date(), c.channel().labelKey()), c.id(), null));
            }
        }
        if (beforePiloting(phaseKeys, currentPhase)) {
            Set<Level> reached = EnumSet.noneOf(Level.class);
            for (Communication c : entries) {
                if (c.status() == CommunicationStatus.CANCELLED) {
                    continue;
                }
                Level level = c.audienceLevel() != null ? c.audienceLevel()
                        : stakeholders.containsKey(c.stakeholderId()) ? stakeholders.get(c.stakeholderId()).level() : null;
                if (level != null) {
                    reached.add(level);
                }
            }
            Set<Level> present = EnumSet.noneOf(Level.class);
            stakeholders.values().forEach(s -> present.add(s.level()));
            for (Level level : Level.values()) {
                if (present.contains(level) && !reached.contains(level)) {
                    out.add(new CommunicationWarning(CommunicationWarning.LEVEL_NOT_REACHED,
                            "roadmap.communication.warning.levelNotReached", List.of(level.labelKey()), null, level));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Whether the current phase comes before Piloting; a template without Piloting has no such moment. */
    static boolean beforePiloting(List<String> phaseKeys, String currentPhase) {
        int piloting = phaseKeys.indexOf(PILOTING);
        int current = phaseKeys.indexOf(currentPhase);
        return piloting >= 0 && current >= 0 && current < piloting;
    }
}
