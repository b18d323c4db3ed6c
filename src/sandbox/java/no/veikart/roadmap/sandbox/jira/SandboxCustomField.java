package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

/** A custom field snapshot, as Jira hands out (a copy per look-up). */
public final class SandboxCustomField implements CustomField {

    private final JiraData.CustomFieldRow row;

    SandboxCustomField(JiraData.CustomFieldRow row) {
        this.row = row;
    }

    /** Jira's field id, e.g. {@code customfield_10100}. */
    public String getId() {
        return "customfield_" + row.id();
    }

    @Override
    public Long getIdAsLong() {
        return row.id();
    }

    @Override
    public String getName() {
        return row.name();
    }

    public String getDescription() {
        return row.description();
    }

    public String getTypeKey() {
        return row.typeKey();
    }

    public String getSearcherKey() {
        return row.searcherKey();
    }

    @Override
    public List<FieldConfigScheme> getConfigurationSchemes() {
        return List.of(new SandboxCustomFieldScheme(row));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SandboxCustomField other && other.row.id() == row.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(row.id());
    }

    @Override
    public String toString() {
        return getId();
    }
}
