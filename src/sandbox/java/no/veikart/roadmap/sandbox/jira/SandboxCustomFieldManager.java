package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Jira's custom field manager over the sandbox state: system types and searchers by key (a searcher that does not
 * belong to the type is refused, as Jira's admin UI refuses it), the hosted plugin's own types by their complete key
 * (with no searcher: the sandbox hosts no plugin searchers), and fields created with their one config scheme and field
 * config for the given contexts and issue types. Names need not be unique, as in Jira.
 */
public final class SandboxCustomFieldManager implements CustomFieldManager {

    private final JiraStore store;
    private volatile PluginFieldTypes pluginTypes = PluginFieldTypes.NONE;

    public SandboxCustomFieldManager(JiraStore store) {
        this.store = store;
    }

    /** The plugin's types, once the host can build them. */
    void usePluginTypes(PluginFieldTypes types) {
        this.pluginTypes = types;
    }

    PluginFieldTypes pluginTypes() {
        return pluginTypes;
    }

    @Override
    @SuppressWarnings("rawtypes") // Jira's signature takes the raw type
    public CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
            CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts, List<IssueType> issueTypes)
            throws GenericEntityException {
        if (fieldName == null || fieldName.isBlank()) {
            throw new GenericEntityException("A custom field needs a name");
        }
        String typeKey = typeKey(fieldType);
        if (customFieldSearcher != null && !(fieldType instanceof SandboxCustomFieldType type
                && customFieldSearcher instanceof SandboxCustomFieldSearcher s && type.accepts(s))) {
            throw new IllegalArgumentException("Searcher " + customFieldSearcher + " does not belong to " + typeKey);
        }
        List<String> issueTypeIds = new ArrayList<>();
        for (IssueType issueType : issueTypes == null ? List.<IssueType>of() : issueTypes) {
            if (issueType == null) {
                // Jira's idiom: a null entry means every issue type.
                issueTypeIds = null;
                break;
            }
            issueTypeIds.add(issueType.getId());
        }
        List<String> typeIds = issueTypeIds;
        boolean global = false;
        List<Long> projects = new ArrayList<>();
        for (JiraContextNode context : contexts == null ? List.<JiraContextNode>of() : contexts) {
            if (context.getProjectId() == null) {
                global = true;
            } else if (!projects.contains(context.getProjectId())) {
                projects.add(context.getProjectId());
            }
        }
        boolean isGlobal = global;
        JiraData.CustomFieldRow row = store.write(d -> {
            for (Long project : projects) {
                if (JiraViews.project(d, project).isEmpty()) {
                    throw new IllegalArgumentException("No project with id " + project);
                }
            }
            long schemeId = d.nextFieldConfigId++;
            long configId = d.nextFieldConfigId++;
            if (typeIds != null && typeIds.stream().anyMatch(t -> d.issueTypes.stream().noneMatch(r -> r.id().equals(t)))) {
                throw new IllegalArgumentException("Unknown issue type in " + typeIds);
            }
            JiraData.CustomFieldRow created = new JiraData.CustomFieldRow(d.nextCustomFieldId++, fieldName.strip(),
                    description, typeKey, customFieldSearcher == null ? null
                    : ((SandboxCustomFieldSearcher) customFieldSearcher).getKey(), schemeId, configId, isGlobal,
                    List.copyOf(projects), typeIds == null || typeIds.isEmpty() ? null : List.copyOf(typeIds));
            d.customFields.add(created);
            return created;
        });
        return new SandboxCustomField(row);
    }

    @Override
    @SuppressWarnings("rawtypes") // Jira's signature returns the raw type
    public CustomFieldType getCustomFieldType(String key) {
        Optional<SandboxCustomFieldType> system = SandboxCustomFieldType.byKey(key);
        return system.isPresent() ? system.get() : pluginTypes.byKey(key).orElse(null);
    }

    @SuppressWarnings("rawtypes") // Jira's signature takes the raw type
    private String typeKey(CustomFieldType fieldType) {
        if (fieldType instanceof SandboxCustomFieldType type) {
            return type.getKey();
        }
        Optional<String> key = fieldType == null ? Optional.empty() : pluginTypes.keyOf((CustomFieldType<?, ?>) fieldType);
        return key.orElseThrow(() -> new IllegalArgumentException("Unknown custom field type " + fieldType));
    }

    @Override
    public CustomFieldSearcher getCustomFieldSearcher(String key) {
        return SandboxCustomFieldType.searcher(key).orElse(null);
    }

    @Override
    public CustomField getCustomFieldObject(Long id) {
        return store.read(d -> row(d, id).map(SandboxCustomField::new).orElse(null));
    }

    /** Every custom field (host pages). */
    public List<SandboxCustomField> all() {
        return store.read(d -> d.customFields.stream().map(SandboxCustomField::new).toList());
    }

    static Optional<JiraData.CustomFieldRow> row(JiraData d, Long id) {
        return d.customFields.stream().filter(f -> id != null && f.id() == id).findFirst();
    }
}
