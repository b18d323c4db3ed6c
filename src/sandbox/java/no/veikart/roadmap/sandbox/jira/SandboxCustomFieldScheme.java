package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.context.ProjectContext;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

/** The one config scheme of a sandbox custom field: its contexts (global or projects) and its field config. */
public final class SandboxCustomFieldScheme implements FieldConfigScheme {

    /** The global context: no project. */
    static final JiraContextNode GLOBAL = () -> null;

    private final JiraData.CustomFieldRow row;

    SandboxCustomFieldScheme(JiraData.CustomFieldRow row) {
        this.row = row;
    }

    @Override
    public Long getId() {
        return row.schemeId();
    }

    @Override
    public String getName() {
        return "Default Configuration Scheme for " + row.name();
    }

    @Override
    public List<JiraContextNode> getContexts() {
        return row.global() ? List.of(GLOBAL)
                : row.projectIds().stream().map(id -> (JiraContextNode) new ProjectContext(id)).toList();
    }

    @Override
    public List<Long> getAssociatedProjectIds() {
        return row.global() ? List.of() : row.projectIds();
    }

    @Override
    public boolean isGlobal() {
        return row.global();
    }

    @Override
    public FieldConfig getOneAndOnlyConfig() {
        return new SandboxFieldConfig(row.configId(), row.id());
    }

    long customFieldId() {
        return row.id();
    }
}
