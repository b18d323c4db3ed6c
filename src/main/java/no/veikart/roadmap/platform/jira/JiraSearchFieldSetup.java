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
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.common.domain.ConfigStore;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.gain.domain.GainStatus;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Creates the four searchable gain fields once per Jira with Jira's own system field types and searchers (so JQL,
 * filters, boards and gadgets search them without any plugin indexer: Jira 11 replaced the Lucene FieldIndexer API),
 * remembers their ids and the status options' ids in the {@link ConfigStore} (never matching fields by name, which
 * administrators change), and adds each set-up project to the fields' context.
 *
 * <p>Field names are in the language of the administrator who first sets up a project, like the issue types. The
 * status options are not translated: their values ({@link #STATUS_VALUES}) are what JQL matches
 * ({@code "Gain status" = "At risk"}), so they stay English in every language and saved filters keep working.
 */
public class JiraSearchFieldSetup {
    static final String PREFIX = "searchfield.";
    static final String OPTION_PREFIX = PREFIX + "STATUS.option.";
    static final String SYSTEM = "com.atlassian.jira.plugin.system.customfieldtypes:";

    /** The select options of the status field, by status: the values JQL matches. */
    public static final Map<GainStatus, String> STATUS_VALUES = statusValues();

    /** The fields, each with its system type and searcher and the bundle keys of its name and description. */
    public enum Field {
        REALISED_PERCENT("float", "numberrange", "roadmap.gain.searchfield.realisedPercent.name",
                "roadmap.gain.searchfield.realisedPercent.description"),
        STATUS("select", "multiselectsearcher", "roadmap.gain.searchfield.status.name",
                "roadmap.gain.searchfield.status.description"),
        NEXT_FOLLOW_UP("datepicker", "daterange", "roadmap.gain.searchfield.nextFollowUp.name",
                "roadmap.gain.searchfield.nextFollowUp.description"),
        REALISED_VALUE("float", "numberrange", "roadmap.gain.searchfield.realisedValue.name",
                "roadmap.gain.searchfield.realisedValue.description");

        private final String type;
        private final String searcher;
        private final String nameKey;
        private final String descriptionKey;

        Field(String type, String searcher, String nameKey, String descriptionKey) {
            this.type = type;
            this.searcher = searcher;
            this.nameKey = nameKey;
            this.descriptionKey = descriptionKey;
        }

        public String typeKey() {
            return SYSTEM + type;
        }

        public String searcherKey() {
            return SYSTEM + searcher;
        }

        String configKey() {
            return PREFIX + name();
        }
    }

    /** The stored ids: custom field id per field and option id per status. */
    public record Ids(Map<Field, Long> fields, Map<GainStatus, Long> options) {
        public Ids {
            fields = Collections.unmodifiableMap(new EnumMap<>(fields));
            options = Collections.unmodifiableMap(new EnumMap<>(options));
        }

        public long field(Field field) {
            return fields.get(field);
        }

        public long option(GainStatus status) {
            return options.get(status);
        }
    }

    /** The fields' names as they are now, and how many fields this call created. */
    public record Result(List<String> names, int created) {
        public Result {
            names = List.copyOf(names);
        }
    }

    private final CustomFieldManager customFields;
    private final FieldConfigSchemeManager schemes;
    private final OptionsManager options;
    private final ConfigStore config;
    private final Texts texts;

    public JiraSearchFieldSetup(CustomFieldManager customFields, FieldConfigSchemeManager schemes, OptionsManager options,
            ConfigStore config, Texts texts) {
        this.customFields = customFields;
        this.schemes = schemes;
        this.options = options;
        this.config = config;
        this.texts = texts;
    }

    /** Idempotent: creates what is missing (names in {@code locale}) and adds {@code project} to every field's context. */
    public Result ensure(Locale locale, Project project) {
        List<String> names = new ArrayList<>();
        int created = 0;
        for (Field field : Field.values()) {
            Optional<String> stored = config.get(field.configKey());
            CustomField existing = stored.map(FieldIds::parse).map(customFields::getCustomFieldObject).orElse(null);
            CustomField cf;
            if (existing != null) {
                cf = existing;
                FieldIds.addToContext(schemes, cf, project);
            } else {
                cf = create(field, locale, project, stored.orElse(null));
                created++;
            }
            if (field == Field.STATUS) {
                ensureOptions(cf);
            }
            names.add(cf.getName());
        }
        return new Result(names, created);
    }

    /** The ids of all four fields and the four status options, once they have been created. */
    public Optional<Ids> ids() {
        Map<String, String> stored = config.getAll(PREFIX);
        Map<Field, Long> fieldIds = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            Long id = FieldIds.parse(stored.get(field.configKey()));
            if (id == null) {
                return Optional.empty();
            }
            fieldIds.put(field, id);
        }
        Map<GainStatus, Long> optionIds = new EnumMap<>(GainStatus.class);
        for (GainStatus status : GainStatus.values()) {
            Long id = FieldIds.parse(stored.get(OPTION_PREFIX + status.name()));
            if (id == null) {
                return Optional.empty();
            }
            optionIds.put(status, id);
        }
        return Optional.of(new Ids(fieldIds, optionIds));
    }

    private CustomField create(Field field, Locale locale, Project project, String staleId) {
        CustomFieldType<?, ?> type = customFields.getCustomFieldType(field.typeKey());
        CustomFieldSearcher searcher = customFields.getCustomFieldSearcher(field.searcherKey());
        if (type == null || searcher == null) {
            throw new IllegalStateException("Jira has no field type " + field.typeKey() + " or searcher " + field.searcherKey());
        }
        List<JiraContextNode> contexts = List.of(new ProjectContext(project.getId()));
        // One null entry: the field applies to every issue type (values are only ever written on initiatives).
        List<IssueType> allIssueTypes = Collections.singletonList(null);
        CustomField cf;
        try {
            cf = customFields.createCustomField(texts.text(locale, field.nameKey), texts.text(locale, field.descriptionKey),
                    type, searcher, contexts, allIssueTypes);
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not create the " + field + " search field", e);
        }
        return FieldIds.keep(config, customFields, schemes, field.configKey(), staleId, cf, project);
    }

    /** Creates missing status options in the field's configuration, in status order, and stores their ids. */
    private void ensureOptions(CustomField cf) {
        FieldConfig fieldConfig = null;
        long sequence = 0;
        for (GainStatus status : GainStatus.values()) {
            String key = OPTION_PREFIX + status.name();
            Long stored = FieldIds.parse(config.get(key).orElse(null));
            if (stored != null && options.findByOptionId(stored) != null) {
                sequence++;
                continue;
            }
            if (fieldConfig == null) {
                fieldConfig = cf.getConfigurationSchemes().get(0).getOneAndOnlyConfig();
                if (fieldConfig == null) {
                    throw new IllegalStateException("The gain status field " + cf.getIdAsLong()
                            + " has several configurations: add its options (Not started, On track, At risk, Realised) by hand");
                }
            }
            Option option = ownOption(fieldConfig, STATUS_VALUES.get(status));
            if (option == null) {
                option = options.createOption(fieldConfig, null, sequence, STATUS_VALUES.get(status));
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

    /** An option of our own field with this value (left by an earlier, interrupted set-up), or null. */
    private Option ownOption(FieldConfig fieldConfig, String value) {
        for (Option option : options.getOptions(fieldConfig)) {
            if (value.equals(option.getValue())) {
                return option;
            }
        }
        return null;
    }

    private static Map<GainStatus, String> statusValues() {
        Map<GainStatus, String> values = new EnumMap<>(GainStatus.class);
        values.put(GainStatus.NOT_STARTED, "Not started");
        values.put(GainStatus.ON_TRACK, "On track");
        values.put(GainStatus.AT_RISK, "At risk");
        values.put(GainStatus.REALISED, "Realised");
        return Collections.unmodifiableMap(values);
    }
}
