package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.ProjectContext;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.veikart.roadmap.common.domain.ConfigStore;
import no.veikart.roadmap.common.domain.Texts;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Creates the one "Gains" field of the plugin's calculated type ({@code customfield-type key="gains"}) once per Jira,
 * for the initiative issue type, without a searcher (JQL uses the four standard fields of {@link JiraSearchFieldSetup});
 * keeps its id in the {@link ConfigStore} (never matching by name) and adds every set-up project to its context. An
 * administrator who deletes the field gets a new one at the next set-up.
 */
public class JiraGainsFieldSetup {
    /** Jira's complete key of the type: the plugin key and the module key. */
    public static final String TYPE_KEY = "no.veikart.service-innovation-roadmap:gains";
    static final String CONFIG_KEY = "gainsfield";
    static final String NAME = "roadmap.gain.field.name";
    static final String DESCRIPTION = "roadmap.gain.field.description";

    /** The field's name as it is now, and whether this call created it. */
    public record Result(String name, boolean created) {
    }

    private final CustomFieldManager customFields;
    private final FieldConfigSchemeManager schemes;
    private final ConfigStore config;
    private final Texts texts;

    public JiraGainsFieldSetup(CustomFieldManager customFields, FieldConfigSchemeManager schemes, ConfigStore config,
            Texts texts) {
        this.customFields = customFields;
        this.schemes = schemes;
        this.config = config;
        this.texts = texts;
    }

    /** Idempotent: creates the field if it is missing (name in {@code locale}), else adds {@code project} to its context. */
    public Result ensure(Locale locale, Project project, IssueType initiativeType) {
        Optional<String> stored = config.get(CONFIG_KEY);
        CustomField existing = stored.map(FieldIds::parse).map(customFields::getCustomFieldObject).orElse(null);
        if (existing != null) {
            FieldIds.addToContext(schemes, existing, project);
            return new Result(existing.getName(), false);
        }
        CustomFieldType<?, ?> type = customFields.getCustomFieldType(TYPE_KEY);
        if (type == null) {
            throw new IllegalStateException("Jira has no custom field type " + TYPE_KEY + ": is the plugin's module enabled?");
        }
        CustomField created;
        try {
            // No searcher: the field is calculated; its figures are searchable through the standard gain fields.
            created = customFields.createCustomField(texts.text(locale, NAME), texts.text(locale, DESCRIPTION), type, null,
                    List.of(new ProjectContext(project.getId())), List.of(initiativeType));
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not create the Gains field", e);
        }
        CustomField kept = FieldIds.keep(config, customFields, schemes, CONFIG_KEY, stored.orElse(null), created, project);
        return new Result(kept.getName(), kept.getIdAsLong().equals(created.getIdAsLong()));
    }

    /** The id of the field, once it has been created. */
    public Optional<Long> id() {
        return config.get(CONFIG_KEY).map(FieldIds::parse);
    }
}
