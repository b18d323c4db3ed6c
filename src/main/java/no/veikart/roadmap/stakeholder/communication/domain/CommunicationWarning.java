package no.veikart.roadmap.stakeholder.communication.domain;

import java.util.List;
import no.veikart.roadmap.stakeholder.domain.Level;

/**
 * Something in the communication plan people should act on: {@code code} (stable, for scripts), its i18n
 * {@code key} and MessageFormat {@code args} (dates as {@link java.time.LocalDate}, a {@code roadmap.} argument is
 * itself translated), the entry or the level it concerns (or null).
 */
public record CommunicationWarning(String code, String key, List<Object> args, Long entryId, Level level) {
    public static final String OVERDUE = "OVERDUE";
    public static final String LEVEL_NOT_REACHED = "LEVEL_NOT_REACHED";

    public CommunicationWarning {
        args = List.copyOf(args);
    }
}
