package no.veikart.roadmap.common.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * What every text and date from a user must satisfy before it is stored, whichever feature takes it. Text: no control
 * characters (multi-line text may hold line feeds and tabs) and no broken UTF-16 (a lone surrogate becomes "?" in the
 * database, a NUL byte is refused by PostgreSQL). Dates: strictly {@code yyyy-MM-dd} (no 30 February) and between
 * {@link #MIN_DATE} and {@link #MAX_DATE}, so that they fit every database and keep date arithmetic small.
 */
public final class InputRules {
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private InputRules() {
    }

    /** Whether {@code text} holds only characters a person types: see the class comment. */
    public static boolean isCleanText(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\n' || c == '\t'))) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The result of reading a date: the date, or why it is not one. */
    public record DateResult(LocalDate date, boolean wellFormed) {
        /** Well formed but before {@link #MIN_DATE} or after {@link #MAX_DATE}. */
        public boolean outOfRange() {
            return wellFormed && date == null;
        }
    }

    /** Reads a stripped, non-blank {@code yyyy-MM-dd}. */
    public static DateResult date(String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            return new DateResult(null, false);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return new DateResult(null, false);
        }
        return date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE) ? new DateResult(null, true) : new DateResult(date, true);
    }
}
