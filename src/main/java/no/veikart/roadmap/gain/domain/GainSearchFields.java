package no.veikart.roadmap.gain.domain;

import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/**
 * The standard Jira fields that make initiatives searchable by their gains (Jira 11 searches only what its own field
 * types index). Implemented over Jira's custom fields; the plugin keeps them in step through {@link GainSearchSync}.
 */
public interface GainSearchFields {
    /**
     * Writes {@code values} into the initiative issue's fields as {@code actor} (null values clear a field), so that
     * Jira records the change and reindexes the issue. Throws {@link PublishException} when that did not happen.
     */
    void publish(Actor actor, InitiativeRef initiative, SearchValues values);

    /** Why the fields of an initiative could not be written. */
    enum Reason {
        /** The fields do not exist yet (no project was set up since the plugin got them). */
        NOT_SET_UP,
        /** Jira refused the update (permission, validation, field context). */
        REJECTED,
        /** Anything else (database, unexpected exception). */
        ERROR
    }

    /** The fields were not written. The message names fields and reasons, never user data. */
    final class PublishException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Reason reason;

        public PublishException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public PublishException(Reason reason, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
