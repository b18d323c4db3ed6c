package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.context.ProjectContext;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.project.Project;
import java.util.ArrayList;
import java.util.List;
import no.veikart.roadmap.common.domain.ConfigStore;

/** What the field set-ups share: a field's id kept in the {@link ConfigStore}, and a project added to its context. */
final class FieldIds {
    private FieldIds() {
    }

    /**
     * Stores the id of the field just {@code created} under {@code key} unless another node stored its own first
     * ({@code staleId}: the id of a field an administrator deleted, replaced only while it is still the stored one);
     * returns the field that is kept, with {@code project} in its context when it is the other node's.
     */
    static CustomField keep(ConfigStore config, CustomFieldManager customFields, FieldConfigSchemeManager schemes, String key,
            String staleId, CustomField created, Project project) {
        String id = String.valueOf(created.getIdAsLong());
        String winner = staleId == null ? config.putIfAbsent(key, id)
                : config.replace(key, staleId, id) ? id : config.get(key).orElse(id);
        if (!winner.equals(id)) {
            // Another node set up a project at the same moment and its field is the one kept.
            Long keptId = parse(winner);
            CustomField kept = keptId == null ? null : customFields.getCustomFieldObject(keptId);
            if (kept != null) {
                addToContext(schemes, kept, project);
                return kept;
            }
        }
        return created;
    }

    /** The stored id as a number; null when missing or not a number. */
    static Long parse(String id) {
        if (id == null) {
            return null;
        }
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Adds {@code project} to the field's (first) context unless a context already covers it. */
    static void addToContext(FieldConfigSchemeManager schemes, CustomField cf, Project project) {
        List<FieldConfigScheme> current = cf.getConfigurationSchemes();
        if (current == null || current.isEmpty()) {
            // An administrator removed every context: give the field one again, for this project.
            schemes.createDefaultScheme(cf, List.of(new ProjectContext(project.getId())));
            return;
        }
        for (FieldConfigScheme scheme : current) {
            if (scheme.isGlobal() || scheme.getAssociatedProjectIds().contains(project.getId())) {
                return;
            }
        }
        FieldConfigScheme scheme = current.get(0);
        List<JiraContextNode> contexts = new ArrayList<>(scheme.getContexts());
        contexts.add(new ProjectContext(project.getId()));
        schemes.updateFieldConfigScheme(scheme, contexts, cf);
    }
}
