package no.veikart.roadmap.roles.domain;

/** A column of the matrix: a Jira user, a role or unit ("therapist", "home care north"), or an external party. */
public enum ActorKind {
    USER, ROLE, EXTERNAL
}
