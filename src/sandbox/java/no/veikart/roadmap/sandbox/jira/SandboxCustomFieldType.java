package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The system custom field types the sandbox knows (Jira's complete keys), each with the searchers Jira pairs with it
 * ({@code system-customfieldtypes-plugin.xml}'s valid-customfield-type entries). Their values are kept and shown by
 * {@link SandboxCustomFields}, so the type's own value and view members are not used: they answer as for no value.
 */
public final class SandboxCustomFieldType implements CustomFieldType<Object, Object> {

    public static final String PREFIX = "com.atlassian.jira.plugin.system.customfieldtypes:";
    public static final String FLOAT = PREFIX + "float";
    public static final String SELECT = PREFIX + "select";
    public static final String DATE_PICKER = PREFIX + "datepicker";

    private static final Map<String, Set<String>> SEARCHERS = Map.of(
            FLOAT, Set.of(PREFIX + "exactnumber", PREFIX + "numberrange"),
            SELECT, Set.of(PREFIX + "multiselectsearcher"),
            DATE_PICKER, Set.of(PREFIX + "daterange"));

    private final String key;

    private SandboxCustomFieldType(String key) {
        this.key = key;
    }

    static Optional<SandboxCustomFieldType> byKey(String key) {
        return SEARCHERS.containsKey(key) ? Optional.of(new SandboxCustomFieldType(key)) : Optional.empty();
    }

    static Optional<SandboxCustomFieldSearcher> searcher(String key) {
        return SEARCHERS.values().stream().anyMatch(s -> s.contains(key))
                ? Optional.of(new SandboxCustomFieldSearcher(key)) : Optional.empty();
    }

    public String getKey() {
        return key;
    }

    @Override
    public String getStringFromSingularObject(Object singularObject) {
        return singularObject == null ? null : singularObject.toString();
    }

    @Override
    public Object getSingularObjectFromString(String string) {
        return string;
    }

    @Override
    public Object getValueFromIssue(CustomField field, Issue issue) {
        return null;
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        return Map.of();
    }

    boolean accepts(SandboxCustomFieldSearcher searcher) {
        return SEARCHERS.get(key).contains(searcher.getKey());
    }

    @Override
    public String toString() {
        return key;
    }
}
