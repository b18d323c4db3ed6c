package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of the calculated "Gains" custom field of an initiative: how many gains it has and what they say together,
 * by the same rules as the searchable Jira fields ({@link SearchValues}: mean % realised with each gain counted 0…100,
 * the worst status, the earliest next measurement), so the field and JQL never disagree. Read from the gain data each
 * time it is shown; nothing is stored, so it cannot go out of step.
 *
 * @param gains how many gains the initiative has (0 when none: the field still shows, so that editors can add one)
 * @param realisedPercent null without gains
 * @param status null without gains
 * @param nextDue the earliest next measurement due; null without gains
 * @param overdue whether {@code nextDue} lies before the day the value was read
 */
public record GainsFieldValue(int gains, BigDecimal realisedPercent, GainStatus status, LocalDate nextDue, boolean overdue) {
    private static final String GAINS = "gains";
    private static final String REALISED = "realised";
    private static final String STATUS = "status";
    private static final String NEXT_DUE = "nextDue";
    private static final String OVERDUE = "overdue";

    public GainsFieldValue {
        if (gains < 0) {
            throw new IllegalArgumentException("gains must not be negative: " + gains);
        }
        if (gains == 0 && (realisedPercent != null || status != null || nextDue != null || overdue)) {
            throw new IllegalArgumentException("an initiative without gains has no realised %, status or due date");
        }
        if (gains > 0 && (realisedPercent == null || status == null || nextDue == null)) {
            throw new IllegalArgumentException("gains need a realised %, a status and a due date");
        }
    }

    /** The value of an initiative's overview (its gains tracked on {@code overview.today()}). */
    public static GainsFieldValue of(GainOverview overview) {
        if (overview.gains().isEmpty()) {
            return new GainsFieldValue(0, null, null, null, false);
        }
        SearchValues values = SearchValues.of(overview);
        return new GainsFieldValue(overview.gains().size(), values.realisedPercent(), values.status(), values.nextFollowUp(),
                values.nextFollowUp().isBefore(overview.today()));
    }

    /**
     * A stable text form, the same in every language, e.g. {@code gains=2;realised=37.5;status=AT_RISK;
     * nextDue=2026-03-01;overdue=true} ({@code gains=0} alone without gains). {@link #parse} reads it back.
     */
    public String toText() {
        if (gains == 0) {
            return GAINS + "=0";
        }
        return GAINS + "=" + gains + ";" + REALISED + "=" + realisedPercent.toPlainString() + ";" + STATUS + "=" + status.name()
                + ";" + NEXT_DUE + "=" + nextDue + ";" + OVERDUE + "=" + overdue;
    }

    /** Reads {@link #toText()}; throws IllegalArgumentException, naming the part, for anything else. */
    public static GainsFieldValue parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no value");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.strip().split(";", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0 || parts.put(part.substring(0, eq), part.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("not a key=value part, or a repeated key: '" + part + "'");
            }
        }
        int gains = integer(parts.remove(GAINS));
        if (gains == 0) {
            if (!parts.isEmpty()) {
                throw new IllegalArgumentException("unexpected parts without gains: " + parts.keySet());
            }
            return new GainsFieldValue(0, null, null, null, false);
        }
        BigDecimal realised = decimal(parts.remove(REALISED));
        GainStatus status = status(parts.remove(STATUS));
        LocalDate nextDue = date(parts.remove(NEXT_DUE));
        boolean overdue = bool(parts.remove(OVERDUE));
        if (!parts.isEmpty()) {
            throw new IllegalArgumentException("unknown parts: " + parts.keySet());
        }
        return new GainsFieldValue(gains, realised, status, nextDue, overdue);
    }

    private static int integer(String text) {
        String value = required(GAINS, text);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(GAINS + " is not a whole number: '" + text + "'", e);
        }
    }

    private static BigDecimal decimal(String text) {
        String value = required(REALISED, text);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(REALISED + " is not a number: '" + text + "'", e);
        }
    }

    private static GainStatus status(String text) {
        String value = required(STATUS, text);
        try {
            return GainStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(STATUS + " is not a gain status: '" + text + "'", e);
        }
    }

    private static LocalDate date(String text) {
        String value = required(NEXT_DUE, text);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NEXT_DUE + " is not a yyyy-MM-dd date: '" + text + "'", e);
        }
    }

    private static boolean bool(String text) {
        String value = required(OVERDUE, text);
        if (!"true".equals(value) && !"false".equals(value)) {
            throw new IllegalArgumentException(OVERDUE + " is not true or false: '" + text + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static String required(String key, String text) {
        if (text == null) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return text;
    }
}
