package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The sandbox's custom fields in one place: Jira's managers over the shared state ({@link SandboxCustomFieldManager},
 * {@link SandboxFieldConfigSchemeManager}, {@link SandboxOptionsManager}, {@link SandboxDateFieldFormat}), the values
 * an issue edit may set (parsed as Jira's field types parse them for the logged-in user), what the issue view shows,
 * and the JQL subset of the issue search ({@link SandboxJql}).
 */
public final class SandboxCustomFields {

    /** Jira's DoubleConverterImpl refuses numbers above this. */
    static final BigDecimal MAX_NUMBER = new BigDecimal("100000000000000");
    static final String NONE_OPTION = "-1";

    private final JiraStore store;
    private final SandboxAuthenticationContext auth;
    private final SandboxCustomFieldManager manager;
    private final SandboxFieldConfigSchemeManager schemes;
    private final SandboxOptionsManager options;
    private final SandboxDateFieldFormat dates;

    public SandboxCustomFields(JiraStore store, SandboxAuthenticationContext auth) {
        this.store = store;
        this.auth = auth;
        this.manager = new SandboxCustomFieldManager(store);
        this.schemes = new SandboxFieldConfigSchemeManager(store);
        this.options = new SandboxOptionsManager(store);
        this.dates = new SandboxDateFieldFormat(auth);
    }

    public SandboxCustomFieldManager manager() {
        return manager;
    }

    public SandboxFieldConfigSchemeManager schemes() {
        return schemes;
    }

    public SandboxOptionsManager options() {
        return options;
    }

    public SandboxDateFieldFormat dates() {
        return dates;
    }

    /** One custom field value of an issue as the issue view and the search show it. */
    public record Shown(String fieldId, String name, String value) {
    }

    /** The issue's custom field values, in field order (fields without a value are left out). */
    public List<Shown> values(long issueId) {
        return store.read(d -> {
            Map<Long, String> stored = d.customFieldValues.getOrDefault(issueId, Map.of());
            return d.customFields.stream().filter(f -> stored.containsKey(f.id()))
                    .map(f -> new Shown("customfield_" + f.id(), f.name(), display(d, f, stored.get(f.id())))).toList();
        });
    }

    /** The hosted plugin's own field types, once the host can build them (see {@link PluginFieldTypes}). */
    public void usePluginTypes(PluginFieldTypes types) {
        manager.usePluginTypes(types);
    }

    /** A field of one of the plugin's own types: Jira asks the type for the value and renders the type's views. */
    public record PluginField(SandboxCustomField field, CustomFieldType<?, ?> type) {
    }

    /** The fields of the plugin's own types whose context covers the issue (project and issue type), in field order. */
    public List<PluginField> pluginFields(long issueId) {
        PluginFieldTypes types = manager.pluginTypes();
        List<JiraData.CustomFieldRow> rows = store.read(d -> {
            JiraData.IssueRow issue = d.issues.stream().filter(i -> i.id() == issueId).findFirst().orElse(null);
            return issue == null ? List.<JiraData.CustomFieldRow>of() : d.customFields.stream()
                    .filter(f -> SandboxCustomFieldType.byKey(f.typeKey()).isEmpty())
                    .filter(f -> f.appliesTo(issue.projectId(), issue.issueTypeId())).toList();
        });
        List<PluginField> fields = new java.util.ArrayList<>();
        for (JiraData.CustomFieldRow row : rows) {
            types.byKey(row.typeKey()).ifPresent(type -> fields.add(new PluginField(new SandboxCustomField(row), type)));
        }
        return fields;
    }

    /** Every custom field's name, in field order (search result columns). */
    public List<String> names() {
        return store.read(d -> d.customFields.stream().map(JiraData.CustomFieldRow::name).toList());
    }

    /** Runs a JQL query (the subset {@link SandboxJql} understands) over the issues {@code canBrowse} lets through. */
    public List<SandboxIssue> search(String jql, Predicate<SandboxIssue> canBrowse) {
        SandboxJql.Query query = SandboxJql.parse(jql);
        return store.read(d -> {
            Predicate<JiraData.IssueRow> matches = query.compile(d);
            return d.issues.stream().filter(matches)
                    .sorted((a, b) -> Long.compare(b.id(), a.id()))
                    .map(r -> JiraViews.toIssue(d, r))
                    .filter(canBrowse)
                    .toList();
        });
    }

    // ---- issue edits (IssueService.validateUpdate / update) ---------------------------------------------------------

    /**
     * The values {@code given} (custom field id to the strings of IssueInputParameters) as they would be stored, or
     * errors keyed by {@code customfield_<id>}, as Jira validates an edit: the field must exist, be on the screen (the
     * sandbox has no screens, so only {@code skipScreenCheck} lets it through) and apply to the issue's project; a
     * number in the logged-in user's format, a date in the user's date picker format, a select option of the field.
     * An empty value clears the field ({@code -1} for a select list). Null in the result means "clear".
     */
    Map<Long, String> validate(JiraData d, JiraData.IssueRow issue, Map<Long, String[]> given, boolean skipScreenCheck,
            SimpleErrorCollection errors) {
        Map<Long, String> parsed = new LinkedHashMap<>();
        Locale locale = auth.getLocale();
        for (Map.Entry<Long, String[]> e : given.entrySet()) {
            String key = "customfield_" + e.getKey();
            JiraData.CustomFieldRow field = SandboxCustomFieldManager.row(d, e.getKey()).orElse(null);
            if (field == null || !skipScreenCheck || !field.appliesTo(issue.projectId(), issue.issueTypeId())) {
                errors.addError(key, "Field '" + key + "' cannot be set. It is not on the appropriate screen, or unknown.");
                continue;
            }
            String value = e.getValue() == null || e.getValue().length == 0 || e.getValue()[0] == null ? ""
                    : e.getValue()[0].strip();
            switch (field.typeKey()) {
                case SandboxCustomFieldType.FLOAT -> {
                    if (value.isEmpty()) {
                        parsed.put(field.id(), null);
                    } else {
                        BigDecimal number = parseNumber(value, locale);
                        if (number == null) {
                            errors.addError(key, "'" + value + "' is an invalid number");
                        } else if (number.compareTo(MAX_NUMBER) > 0) {
                            errors.addError(key, "'" + value + "' is too large. Please enter a number less than 100000000000000.");
                        } else {
                            parsed.put(field.id(), plain(number));
                        }
                    }
                }
                case SandboxCustomFieldType.DATE_PICKER -> {
                    if (value.isEmpty()) {
                        parsed.put(field.id(), null);
                    } else {
                        LocalDate date = dates.parse(value);
                        if (date == null) {
                            errors.addError(key, "Invalid date format. Please enter the date in the format \""
                                    + SandboxDateFieldFormat.PATTERN + "\".");
                        } else {
                            parsed.put(field.id(), date.toString());
                        }
                    }
                }
                case SandboxCustomFieldType.SELECT -> {
                    if (value.isEmpty() || NONE_OPTION.equals(value)) {
                        parsed.put(field.id(), null);
                    } else if (d.fieldOptions.stream().anyMatch(o -> o.configId() == field.configId()
                            && String.valueOf(o.id()).equals(value))) {
                        parsed.put(field.id(), value);
                    } else {
                        errors.addError(key, "Invalid value '" + value + "' passed for customfield '" + field.name() + "'.");
                    }
                }
                default -> errors.addError(key, "The sandbox cannot edit fields of type " + field.typeKey());
            }
        }
        return parsed;
    }

    /** Stores validated values (null clears). */
    static void apply(JiraData d, long issueId, Map<Long, String> values) {
        Map<Long, String> stored = d.customFieldValues.computeIfAbsent(issueId, id -> new java.util.TreeMap<>());
        values.forEach((field, value) -> {
            if (value == null) {
                stored.remove(field);
            } else {
                stored.put(field, value);
            }
        });
        if (stored.isEmpty()) {
            d.customFieldValues.remove(issueId);
        }
    }

    /** As Jira's DoubleConverterImpl parses: the user's decimal separator, no grouping, the whole text. */
    static BigDecimal parseNumber(String text, Locale locale) {
        DecimalFormat format = new DecimalFormat();
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(0);
        format.setDecimalFormatSymbols(new DecimalFormatSymbols(locale));
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Number number = format.parse(text, position);
        if (number == null || position.getIndex() != text.length()) {
            return null;
        }
        return number instanceof BigDecimal b ? b : new BigDecimal(number.toString());
    }

    static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** How a stored value reads: numbers and dates as stored, a select list value as its option's value. */
    static String display(JiraData d, JiraData.CustomFieldRow field, String stored) {
        if (SandboxCustomFieldType.SELECT.equals(field.typeKey())) {
            return d.fieldOptions.stream().filter(o -> String.valueOf(o.id()).equals(stored)).map(JiraData.OptionRow::value)
                    .findFirst().orElse(stored);
        }
        return stored;
    }
}
