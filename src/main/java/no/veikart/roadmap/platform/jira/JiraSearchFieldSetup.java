package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
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

        JiraOwnFields.Spec spec() {
            return new JiraOwnFields.Spec(configKey(), typeKey(), searcherKey(), nameKey, descriptionKey, name() + " search");
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

    private final ConfigStore config;
    private final JiraOwnFields fields;

    public JiraSearchFieldSetup(CustomFieldManager customFields, FieldConfigSchemeManager schemes, OptionsManager options,
            ConfigStore config, Texts texts) {
        this.config = config;
        this.fields = new JiraOwnFields(customFields, schemes, options, config, texts);
    }

    /** Idempotent: creates what is missing (names in {@code locale}) and adds {@code project} to every field's context. */
    public Result ensure(Locale locale, Project project) {
        List<String> names = new ArrayList<>();
        int created = 0;
        for (Field field : Field.values()) {
            JiraOwnFields.Ensured ensured = fields.ensure(field.spec(), locale, project);
            created += ensured.created() ? 1 : 0;
            if (field == Field.STATUS) {
                fields.ensureOptions(ensured.field(), "gain status", OPTION_PREFIX, STATUS_VALUES);
            }
            names.add(ensured.field().getName());
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

    private static Map<GainStatus, String> statusValues() {
        Map<GainStatus, String> values = new EnumMap<>(GainStatus.class);
        values.put(GainStatus.NOT_STARTED, "Not started");
        values.put(GainStatus.ON_TRACK, "On track");
        values.put(GainStatus.AT_RISK, "At risk");
        values.put(GainStatus.REALISED, "Realised");
        return Collections.unmodifiableMap(values);
    }
}
