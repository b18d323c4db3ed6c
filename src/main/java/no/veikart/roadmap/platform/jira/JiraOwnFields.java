package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.context.ProjectContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.common.domain.ConfigStore;
import no.veikart.roadmap.common.domain.Texts;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * How the searchable fields ({@link JiraSearchFieldSetup}, {@link JiraRiskLevelField}) are made: once per Jira with a
 * system field type and searcher, the field's id (and its select options' ids) kept in the {@link ConfigStore} (never
 * matched by name, which administrators change), each set-up project added to its context. The Jira members and their
 * sources are those rows of docs/jira-fidelity.md: {@code CustomFieldManager.getCustomFieldObject/getCustomFieldType/
 * getCustomFieldSearcher/createCustomField}, {@code OptionsManager.findByOptionId/getOptions/createOption},
 * {@code FieldConfigScheme.getOneAndOnlyConfig}.
 */
final class JiraOwnFields {
    /** One field: its key in the {@link ConfigStore}, system type and searcher keys, bundle keys of name and description. */
    record Spec(String configKey, String typeKey, String searcherKey, String nameKey, String descriptionKey, String label) {
    }

    private final CustomFieldManager customFields;
    private final FieldConfigSchemeManager schemes;
    private final OptionsManager options;
    private final ConfigStore config;
    private final Texts texts;

    JiraOwnFields(CustomFieldManager customFields, FieldConfigSchemeManager schemes, OptionsManager options,
            ConfigStore config, Texts texts) {
        this.customFields = customFields;
        this.schemes = schemes;
        this.options = options;
        this.config = config;
        this.texts = texts;
    }

    /** The field, created (name in {@code locale}) when it is missing or was deleted, else with {@code project} added to its context. */
    Ensured ensure(Spec spec, Locale locale, Project project) {
        Optional<String> stored = config.get(spec.configKey());
        CustomField existing = stored.map(FieldIds::parse).map(customFields::getCustomFieldObject).orElse(null);
        if (existing != null) {
            FieldIds.addToContext(schemes, existing, project);
            return new Ensured(existing, false);
        }
        return new Ensured(create(spec, locale, project, stored.orElse(null)), true);
    }

    /** The field that is kept, and whether this call created it. */
    record Ensured(CustomField field, boolean created) {
    }

    private CustomField create(Spec spec, Locale locale, Project project, String staleId) {
        CustomFieldType<?, ?> type = customFields.getCustomFieldType(spec.typeKey());
        CustomFieldSearcher searcher = customFields.getCustomFieldSearcher(spec.searcherKey());
        if (type == null || searcher == null) {
            throw new IllegalStateException("Jira has no field type " + spec.typeKey() + " or searcher " + spec.searcherKey());
        }
        List<JiraContextNode> contexts = List.of(new ProjectContext(project.getId()));
        // One null entry: the field applies to every issue type (values are only ever written on initiatives).
        List<IssueType> allIssueTypes = Collections.singletonList(null);
        CustomField cf;
        try {
            cf = customFields.createCustomField(texts.text(locale, spec.nameKey()), texts.text(locale, spec.descriptionKey()),
                    type, searcher, contexts, allIssueTypes);
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not create the " + spec.label() + " field", e);
        }
        return FieldIds.keep(config, customFields, schemes, spec.configKey(), staleId, cf, project);
    }

    /**
     * Creates the select options of {@code values} that are missing from the field's configuration, in the map's
     * order, and stores their ids under {@code optionPrefix + key name}. An option of the same value left by an earlier,
     * interrupted set-up is taken rather than made twice.
     */
    <K extends Enum<K>> void ensureOptions(CustomField cf, String label, String optionPrefix, Map<K, String> values) {
        FieldConfig fieldConfig = null;
        long sequence = 0;
        for (Map.Entry<K, String> value : values.entrySet()) {
            String key = optionPrefix + value.getKey().name();
            Long stored = FieldIds.parse(config.get(key).orElse(null));
            if (stored != null && options.findByOptionId(stored) != null) {
                sequence++;
                continue;
            }
            if (fieldConfig == null) {
                fieldConfig = cf.getConfigurationSchemes().get(0).getOneAndOnlyConfig();
                if (fieldConfig == null) {
                    throw new IllegalStateException("The " + label + " field " + cf.getIdAsLong()
                            + " has several configurations: add its options (" + String.join(", ", values.values())
                            + ") by hand");
                }
            }
            Option option = ownOption(fieldConfig, value.getValue());
            if (option == null) {
                option = options.createOption(fieldConfig, null, sequence, value.getValue());
            }
            String id = String.valueOf(option.getOptionId());
            if (stored == null) {
                config.putIfAbsent(key, id);
            } else {
                config.replace(key, String.valueOf(stored), id);
            }
            sequence++;
        }
    }

    private Option ownOption(FieldConfig fieldConfig, String value) {
        for (Option option : options.getOptions(fieldConfig)) {
            if (value.equals(option.getValue())) {
                return option;
            }
        }
        return null;
    }
}
