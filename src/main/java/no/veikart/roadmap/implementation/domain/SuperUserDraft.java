package no.veikart.roadmap.implementation.domain;

/** A super-user as typed; {@code version} (optional) is the unit's. */
public record SuperUserDraft(String name, String userKey, String shift, String from, String to, Long version) {
}
