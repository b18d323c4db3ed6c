package no.veikart.roadmap.stakeholder.domain;

/** A stored contact-log entry and the stakeholder with its last and next contact as they became. */
public record ContactLogged(Stakeholder stakeholder, ContactLogEntry entry) {
}
