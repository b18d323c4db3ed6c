package no.veikart.roadmap.common.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The locale's medium date ("31. des. 2021", "Dec 31, 2021"). The formatter is immutable and thread-safe, so one per
 * locale is kept: building it per date showed up in the issue view's profile (a page formats hundreds of dates).
 */
public final class MediumDates {
    private static final Map<Locale, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private MediumDates() {
    }

    /** {@code date} the reader's way; empty for null. */
    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : FORMATTERS.computeIfAbsent(locale,
                l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l)).format(date);
    }
}
