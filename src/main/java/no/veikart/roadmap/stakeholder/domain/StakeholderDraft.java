package no.veikart.roadmap.stakeholder.domain;

import java.util.Map;

/**
 * Unvalidated stakeholder input, one component per JSON field of the REST contract (enums and dates as the raw
 * strings, numbers boxed so a missing one can be told apart); {@link StakeholderValidator} turns it into a
 * {@link Stakeholder}. {@code version} is the version the caller last read, required when changing.
 */
public record StakeholderDraft(String name, String group, String level, String effect, Integer attitude,
        Integer desiredAttitude, Integer influence, Integer interest, String involvement, String owner,
        String lastContact, String nextContact, String notes, Map<String, String> statusByPhase, Long version) {
}
