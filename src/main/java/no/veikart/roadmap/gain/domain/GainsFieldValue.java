package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

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
        int gains = part(parts, GAINS, "a whole number", Integer::parseInt);
        if (gains == 0) {
            if (!parts.isEmpty()) {
                throw new IllegalArgumentException("unexpected parts without gains: " + parts.keySet());
            }
            return new GainsFieldValue(0, null, null, null, false);
        }
        BigDecimal realised = part(parts, REALISED, "a number", BigDecimal::new);
        GainStatus status = part(parts, STATUS, "a gain status", GainStatus::valueOf);
        LocalDate nextDue = part(parts, NEXT_DUE, "a yyyy-MM-dd date", LocalDate::parse);
        boolean overdue = part(parts, OVERDUE, "true or false", GainsFieldValue::bool);
        if (!parts.isEmpty()) {
            throw new IllegalArgumentException("unknown parts: " + parts.keySet());
        }
        return new GainsFieldValue(gains, realised, status, nextDue, overdue);
    }

    /** Removes and reads one part; IllegalArgumentException naming it when it is missing or cannot be read. */
    private static <T> T part(Map<String, String> parts, String key, String expected, Function<String, T> reader) {
        String text = parts.remove(key);
        if (text == null) {
            throw new IllegalArgumentException(key + " is missing");
        }
        try {
            return reader.apply(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " is not " + expected + ": '" + text + "'", e);
        }
    }

    private static boolean bool(String text) {
        if (!"true".equals(text) && !"false".equals(text)) {
            throw new IllegalArgumentException(text);
        }
        return Boolean.parseBoolean(text);
    }
}
