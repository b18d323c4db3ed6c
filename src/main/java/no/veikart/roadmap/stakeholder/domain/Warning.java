package no.veikart.roadmap.stakeholder.domain;

import java.util.List;

/**
 * Something about the anchoring that people should act on. {@code key} is an i18n key and {@code args} its
 * MessageFormat arguments (an argument starting with {@code roadmap.} is itself translated; dates are
 * {@link java.time.LocalDate}s for the adapter to format); {@code level} is the level it concerns, or null;
 * {@code stakeholderIds} are the stakeholders it concerns (empty when none).
 */
public record Warning(String key, List<Object> args, Level level, List<Long> stakeholderIds) {
    public Warning {
        args = List.copyOf(args);
        stakeholderIds = List.copyOf(stakeholderIds);
    }
}
