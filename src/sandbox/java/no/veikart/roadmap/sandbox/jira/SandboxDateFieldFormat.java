package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.DateFieldFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Jira's date picker format for the logged-in user: Jira's default {@code jira.date.picker.java.format} "d/MMM/yy" in
 * the user's language (so a Danish user writes "31/dec./21"), dates at midnight in the system time zone.
 */
public final class SandboxDateFieldFormat implements DateFieldFormat {

    public static final String PATTERN = "d/MMM/yy";

    private final JiraAuthenticationContext auth;

    public SandboxDateFieldFormat(JiraAuthenticationContext auth) {
        this.auth = auth;
    }

    @Override
    public String formatDatePicker(Date date) {
        return formatter().format(date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    }

    /** The date the user's text means, or null when it is not in the user's date picker format. */
    public LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip(), formatter());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private DateTimeFormatter formatter() {
        return DateTimeFormatter.ofPattern(PATTERN, auth.getLocale());
    }
}
