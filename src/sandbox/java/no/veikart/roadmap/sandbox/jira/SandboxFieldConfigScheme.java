package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

/** Immutable issue type scheme snapshot; the option ids are the issue type ids in scheme order. */
public final class SandboxFieldConfigScheme implements FieldConfigScheme {

    private final JiraData.SchemeRow row;

    SandboxFieldConfigScheme(JiraData.SchemeRow row) {
        this.row = row;
    }

    @Override
    public Long getId() {
        return row.id();
    }

    @Override
    public String getName() {
        return row.name();
    }

    /** Issue type schemes are associated with projects through the project, not through contexts. */
    @Override
    public List<JiraContextNode> getContexts() {
        return List.of();
    }

    @Override
    public List<Long> getAssociatedProjectIds() {
        return List.of();
    }

    @Override
    public boolean isGlobal() {
        return false;
    }

    @Override
    public FieldConfig getOneAndOnlyConfig() {
        return null;
    }

    public List<String> getOptionIds() {
        return row.optionIds();
    }

    @Override
    public String toString() {
        return row.name();
    }
}
