package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.fields.ConfigurableField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Custom field contexts: each sandbox field has one config scheme; updating it replaces its contexts and keeps its
 * field config (and so the options), as Jira does.
 */
public final class SandboxFieldConfigSchemeManager implements FieldConfigSchemeManager {

    private final JiraStore store;

    public SandboxFieldConfigSchemeManager(JiraStore store) {
        this.store = store;
    }

    /** As in Jira, a default scheme applies to every issue type. */
    @Override
    public FieldConfigScheme createDefaultScheme(ConfigurableField field, List<JiraContextNode> contexts) {
        return setContexts(fieldId(field), contexts, true);
    }

    @Override
    public FieldConfigScheme updateFieldConfigScheme(FieldConfigScheme newScheme, List<JiraContextNode> contexts,
            ConfigurableField field) {
        long id = fieldId(field);
        if (!(newScheme instanceof SandboxCustomFieldScheme scheme) || scheme.customFieldId() != id) {
            throw new IllegalArgumentException("Scheme " + newScheme + " is not a config scheme of " + field);
        }
        return setContexts(id, contexts, false);
    }

    private FieldConfigScheme setContexts(long fieldId, List<JiraContextNode> contexts, boolean allIssueTypes) {
        boolean global = false;
        List<Long> projects = new ArrayList<>();
        for (JiraContextNode context : contexts) {
            if (context.getProjectId() == null) {
                global = true;
            } else if (!projects.contains(context.getProjectId())) {
                projects.add(context.getProjectId());
            }
        }
        boolean isGlobal = global;
        return store.write(d -> {
            JiraData.CustomFieldRow old = SandboxCustomFieldManager.row(d, fieldId)
                    .orElseThrow(() -> new IllegalArgumentException("No custom field " + fieldId));
            for (Long project : projects) {
                if (JiraViews.project(d, project).isEmpty()) {
                    throw new IllegalArgumentException("No project with id " + project);
                }
            }
            JiraData.CustomFieldRow changed = old.withContexts(isGlobal, projects, allIssueTypes ? null : old.issueTypeIds());
            d.customFields.replaceAll(f -> f.id() == fieldId ? changed : f);
            return new SandboxCustomFieldScheme(changed);
        });
    }

    private static long fieldId(ConfigurableField field) {
        if (!(field instanceof SandboxCustomField cf)) {
            throw new IllegalArgumentException("Not a sandbox custom field: " + field);
        }
        return cf.getIdAsLong();
    }
}
