package no.veikart.roadmap.common.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The field checks every feature's validator shares, so that the same input gets the same answer everywhere. Each
 * check adds its {@link FieldError} (field, message key, label key and arguments) to {@code errors} and returns null
 * (or the value read):
 * <ul>
 *   <li>text is stripped, blank counts as missing; multi-line text has CR LF and CR turned into LF first, then may hold
 *       line feeds and tabs; otherwise {@link InputRules#isCleanText}; lengths in UTF-16 units, as the columns count;</li>
 *   <li>enum values are matched ignoring case ({@link Locale#ROOT}) and surrounding blanks; an unknown value is echoed
 *       back at most {@value #MAX_ECHO} characters long;</li>
 *   <li>dates are {@link InputRules#date} (strict ISO, within range).</li>
 * </ul>
 */
public final class FieldChecks {
    public static final String REQUIRED = "roadmap.error.required";
    public static final String TOO_LONG = "roadmap.error.tooLong";
    public static final String OUT_OF_RANGE = "roadmap.error.outOfRange";
    public static final String INVALID_DATE = "roadmap.error.invalidDate";
    public static final String INVALID_VALUE = "roadmap.error.invalidValue";
    public static final String UNKNOWN_VALUE = "roadmap.error.unknownValue";
    /** How much of an unknown value an error repeats: a huge input must not become a huge answer. */
    public static final int MAX_ECHO = 60;

    private FieldChecks() {
    }

    public static String text(String raw, String field, String label, int max, boolean required, boolean multiLine,
            List<FieldError> errors) {
        String value = raw != null && multiLine ? raw.replace("\r\n", "\n").replace('\r', '\n') : raw;
        value = strip(value);
        if (value == null) {
            if (required) {
                errors.add(FieldError.of(field, REQUIRED, label));
            }
            return null;
        }
        if (!InputRules.isCleanText(value, multiLine)) {
            errors.add(FieldError.of(field, INVALID_VALUE, label));
            return null;
        }
        if (value.length() > max) {
            errors.add(FieldError.of(field, TOO_LONG, label, max));
            return null;
        }
        return value;
    }

    public static <E extends Enum<E>> E enumValue(String raw, Class<E> type, String field, String label, boolean required,
            List<FieldError> errors) {
        String value = strip(raw);
        if (value == null) {
            if (required) {
                errors.add(FieldError.of(field, REQUIRED, label));
            }
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        errors.add(FieldError.of(field, UNKNOWN_VALUE, label, echo(value)));
        return null;
    }

    /** An ISO date; null when blank (an error when {@code required}) or invalid (an error). */
    public static LocalDate date(String raw, String field, String label, boolean required, List<FieldError> errors) {
        String value = strip(raw);
        if (value == null) {
            if (required) {
                errors.add(FieldError.of(field, REQUIRED, label));
            }
            return null;
        }
        InputRules.DateResult read = InputRules.date(value);
        if (read.outOfRange()) {
            errors.add(FieldError.of(field, OUT_OF_RANGE, label, InputRules.MIN_DATE.toString(),
                    InputRules.MAX_DATE.toString()));
        } else if (read.date() == null) {
            errors.add(FieldError.of(field, INVALID_DATE, label));
        }
        return read.date();
    }

    /** Stripped, or null when blank. */
    public static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    public static String echo(String value) {
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
    }

    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RoadmapException.Invalid(errors);
        }
    }
}
