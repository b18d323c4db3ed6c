package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.gain.domain.GainSearchFields;
import no.veikart.roadmap.gain.domain.SearchValues;
import no.veikart.roadmap.platform.jira.JiraSearchFieldSetup.Field;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the four search fields of an initiative the standard way: {@link IssueService#validateUpdate} and
 * {@link IssueService#update} as the acting user, which checks Edit Issues, records the change history, fires the
 * issue-updated event and reindexes the issue (so JQL sees the new values at once). The fields need not be on the
 * Edit screen ({@code setSkipScreenCheck}), and only these four fields are validated
 * ({@code setRetainExistingValuesWhenParameterNotProvided(true, true)}), so an unrelated required field left empty
 * cannot block the update.
 *
 * <p>Values are written in the format Jira's field types parse for the logged-in user: numbers as Jira's
 * {@code DoubleConverterImpl} reads them (no grouping, the decimal separator of the user's locale), dates through
 * Jira's own {@link DateFieldFormat#formatDatePicker} (the user's date picker format), the status as the id of its
 * option. An empty value clears a number or date field; {@code -1} is the select list's "None".
 */
public class JiraGainSearchFields implements GainSearchFields {
    static final String NONE_OPTION = "-1";
    /** Jira's default jira.date.picker.java.format, used when Jira offers no DateFieldFormat. */
    static final String DEFAULT_DATE_PICKER = "d/MMM/yy";
    private static final Logger LOG = LoggerFactory.getLogger(JiraGainSearchFields.class);

    private final IssueService issues;
    private final JiraSearchFieldSetup setup;
    private final JiraUsers users;
    private final JiraAuthenticationContext authenticationContext;
    private final DateFieldFormat dateFieldFormat;
    private final AtomicBoolean dateFormatMissing = new AtomicBoolean();
    private final ZoneId zone;

    public JiraGainSearchFields(IssueService issues, JiraSearchFieldSetup setup, JiraUsers users,
            JiraAuthenticationContext authenticationContext, DateFieldFormat dateFieldFormat, ZoneId zone) {
        this.issues = issues;
        this.setup = setup;
        this.users = users;
        this.authenticationContext = authenticationContext;
        this.dateFieldFormat = dateFieldFormat;
        this.zone = zone;
    }

    @Override
    public void publish(Actor actor, InitiativeRef initiative, SearchValues values) {
        JiraSearchFieldSetup.Ids ids = setup.ids().orElseThrow(() -> new PublishException(Reason.NOT_SET_UP,
                "the search fields do not exist yet: set up a project in the roadmap administration"));
        ApplicationUser user = users.userOf(actor);
        Locale locale = authenticationContext.getLocale();
        IssueInputParameters input = issues.newIssueInputParameters();
        input.setSkipScreenCheck(true);
        input.setRetainExistingValuesWhenParameterNotProvided(true, true);
        input.addCustomFieldValue(ids.field(Field.REALISED_PERCENT), number(values.realisedPercent(), locale));
        input.addCustomFieldValue(ids.field(Field.STATUS),
                values.status() == null ? NONE_OPTION : String.valueOf(ids.option(values.status())));
        input.addCustomFieldValue(ids.field(Field.NEXT_FOLLOW_UP), date(values.nextFollowUp(), locale));
        input.addCustomFieldValue(ids.field(Field.REALISED_VALUE), number(values.realisedValue(), locale));
        IssueService.UpdateValidationResult validation = issues.validateUpdate(user, initiative.issueId(), input);
        if (!validation.isValid()) {
            throw new PublishException(Reason.REJECTED, "Jira refused the values: " + describe(validation.getErrorCollection()));
        }
        IssueService.IssueResult result = issues.update(user, validation);
        if (!result.isValid()) {
            throw new PublishException(Reason.REJECTED, "Jira did not store the values: " + describe(result.getErrorCollection()));
        }
    }

    /** As Jira's DoubleConverterImpl display format: no grouping, the locale's symbols; empty clears the field. */
    static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat();
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        format.setDecimalFormatSymbols(new DecimalFormatSymbols(locale == null ? Locale.ENGLISH : locale));
        return format.format(value);
    }

    private String date(LocalDate value, Locale locale) {
        if (value == null) {
            return "";
        }
        try {
            return dateFieldFormat.formatDatePicker(Date.from(value.atStartOfDay(zone).toInstant()));
        } catch (RuntimeException e) {
            if (!OptionalServices.unavailable(e)) {
                throw e;
            }
            OptionalServices.reportOnce(dateFormatMissing, LOG, "DateFieldFormat",
                    "dates go to Jira in its default date picker format " + DEFAULT_DATE_PICKER + " in the user's language");
            return DateTimeFormatter.ofPattern(DEFAULT_DATE_PICKER, locale == null ? Locale.ENGLISH : locale).format(value);
        }
    }

    /** Which fields failed and how many general messages there were: ids only, no values or names of people. */
    private static String describe(ErrorCollection errors) {
        if (errors == null) {
            return "no details";
        }
        TreeSet<String> fields = new TreeSet<>(errors.getErrors() == null ? java.util.Set.of() : errors.getErrors().keySet());
        int messages = errors.getErrorMessages() == null ? 0 : errors.getErrorMessages().size();
        return "errors on " + (fields.isEmpty() ? "no field" : String.join(", ", fields)) + "; " + messages
                + " general message(s)";
    }
}
