package no.veikart.roadmap.common.domain;

import java.util.List;

/**
 * One problem with one input field. {@code key} is an i18n key; {@code args} are its MessageFormat arguments,
 * where an argument starting with {@code roadmap.} is itself translated (e.g. a field label).
 */
public record FieldError(String field, String key, List<Object> args) {
    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, key, List.of(args));
    }
}
