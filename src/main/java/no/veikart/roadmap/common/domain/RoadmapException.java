package no.veikart.roadmap.common.domain;

import java.util.List;

/** Base of the use-case failures the REST and web adapters turn into status codes and localised text. */
public abstract class RoadmapException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    protected RoadmapException(List<FieldError> errors) {
        super(errors.isEmpty() ? "" : errors.get(0).key());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** 400: input that does not pass validation. */
    public static final class Invalid extends RoadmapException {
        private static final long serialVersionUID = 1L;

        public Invalid(List<FieldError> errors) {
            super(errors);
        }

        public Invalid(FieldError error) {
            super(List.of(error));
        }
    }

    /** 401: nobody is logged in. */
    public static final class NotAuthenticated extends RoadmapException {
        private static final long serialVersionUID = 1L;

        public NotAuthenticated() {
            super(List.of(FieldError.of(null, "roadmap.error.notLoggedIn")));
        }
    }

    /** 403: logged in, but without the Jira permission. */
    public static final class Forbidden extends RoadmapException {
        private static final long serialVersionUID = 1L;

        public Forbidden() {
            super(List.of(FieldError.of(null, "roadmap.error.forbidden")));
        }
    }

    /** 404: unknown, or not browsable by the caller (Jira hides such issues the same way). */
    public static final class NotFound extends RoadmapException {
        private static final long serialVersionUID = 1L;

        public NotFound() {
            super(List.of(FieldError.of(null, "roadmap.error.notFound")));
        }
    }

    /** 409: stale version or an unmet rule of the current state. */
    public static class Conflict extends RoadmapException {
        private static final long serialVersionUID = 1L;

        public Conflict(FieldError error) {
            super(List.of(error));
        }

        /** Several unmet rules at once (e.g. every gate condition a move lacks). */
        protected Conflict(List<FieldError> errors) {
            super(errors);
        }

        public static Conflict staleVersion() {
            return new Conflict(FieldError.of("version", "roadmap.error.staleVersion"));
        }
    }
}
