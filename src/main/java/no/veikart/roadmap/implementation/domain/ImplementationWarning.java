package no.veikart.roadmap.implementation.domain;

import java.util.List;

/** One warning: {@code code} for scripts, the unit and shift it concerns, and an i18n message with its arguments. */
public record ImplementationWarning(Code code, Long unitId, Shift shift, String key, List<Object> args) {
    public ImplementationWarning {
        args = List.copyOf(args);
    }

    public enum Code {
        NO_SUPER_USER, SUPER_USER_LEAVING, TRAINING_BELOW_TARGET, NO_FOLLOW_UP, NEW_STAFF_UNTRAINED, MONITORING_OVERDUE,
        LIVE_BEFORE_TEST_STABLE;

        public String key() {
            return "roadmap.implementation.warning." + name();
        }
    }
}
