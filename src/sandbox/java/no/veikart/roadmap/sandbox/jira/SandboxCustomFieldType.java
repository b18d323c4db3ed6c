package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The system custom field types the sandbox knows (Jira's complete keys), each with the searchers Jira pairs with it
 * ({@code system-customfieldtypes-plugin.xml}'s valid-customfield-type entries).
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

    boolean accepts(SandboxCustomFieldSearcher searcher) {
        return SEARCHERS.get(key).contains(searcher.getKey());
    }

    @Override
    public String toString() {
        return key;
    }
}
