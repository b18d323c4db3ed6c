package no.veikart.roadmap.implementation.domain;

/** Kinds of training session. Initial and new-staff sessions reach people not trained before; the others repeat. */
public enum TrainingKind {
    INITIAL, FOLLOW_UP, NEW_STAFF, ASSESSORS;

    /** Whether the people of such a session count towards the unit's % of staff trained. */
    public boolean countsAsTrained() {
        return this == INITIAL || this == NEW_STAFF;
    }
}
