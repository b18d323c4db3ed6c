package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.ConfigStore;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.risk.domain.RiskLevel;
import no.veikart.roadmap.risk.domain.RiskLevelField;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * The "Risk level" select field, made and written exactly like the searchable gain fields (same Jira members, same
 * sources: {@link JiraSearchFieldSetup}, {@link JiraGainSearchFields}): created once per Jira with the system select
 * type and its searcher, ids of the field and of its options Low, Medium, High kept in the {@link ConfigStore}, each
 * set-up project added to its context, and written through {@link IssueService} as the acting user (Edit Issues,
 * history, reindex). The option values stay English in every language, so {@code "Risk level" = High} matches for
 * everyone and saved filters keep working.
 */
public class JiraRiskLevelField implements RiskLevelField {
    static final String KEY = "riskfield.LEVEL";
    static final String OPTION_PREFIX = KEY + ".option.";
    static final String TYPE = JiraSearchFieldSetup.SYSTEM + "select";
    static final String SEARCHER = JiraSearchFieldSetup.SYSTEM + "multiselectsearcher";
    /** The options, by level: the values JQL matches. */
    public static final Map<RiskLevel, String> VALUES = values();

    private final CustomFieldManager customFields;
    private final FieldConfigSchemeManager schemes;
    private final OptionsManager options;
    private final ConfigStore config;
    private final Texts texts;
    private final IssueService issues;
    private final JiraUsers users;

    public JiraRiskLevelField(CustomFieldManager customFields, FieldConfigSchemeManager schemes, OptionsManager options,
            ConfigStore config, Texts texts, IssueService issues, JiraUsers users) {
        this.customFields = customFields;
        this.schemes = schemes;
        this.options = options;
        this.config = config;
        this.texts = texts;
        this.issues = issues;
        this.users = users;
    }

    /** Idempotent: creates the field (name in {@code locale}) and its options if missing, adds {@code project}; true when created. */
    public boolean ensure(Locale locale, Project project) {
        Optional<String> stored = config.get(KEY);
        CustomField cf = stored.map(FieldIds::parse).map(customFields::getCustomFieldObject).orElse(null);
        boolean created = cf == null;
        if (created) {
            cf = create(locale, project, stored.orElse(null));
        } else {
            FieldIds.addToContext(schemes, cf, project);
        }
        ensureOptions(cf);
        return created;
    }

    @Override
    public void publish(Actor actor, InitiativeRef initiative, RiskLevel level) {
        Long field = FieldIds.parse(config.get(KEY).orElse(null));
        Long option = level == null ? null : FieldIds.parse(config.get(OPTION_PREFIX + level.name()).orElse(null));
        if (field == null || level != null && option == null) {
            throw new IllegalStateException("the Risk level field does not exist yet: set up a project in the roadmap administration");
        }
        IssueInputParameters input = issues.newIssueInputParameters();
        input.setSkipScreenCheck(true);
        input.setRetainExistingValuesWhenParameterNotProvided(true, true);
        input.addCustomFieldValue(field, option == null ? JiraGainSearchFields.NONE_OPTION : String.valueOf(option));
        IssueService.UpdateValidationResult validation = issues.validateUpdate(users.userOf(actor), initiative.issueId(), input);
        if (!validation.isValid()) {
            throw new IllegalStateException("Jira refused the Risk level on " + validation.getErrorCollection().getErrors().keySet());
        }
        IssueService.IssueResult result = issues.update(users.userOf(actor), validation);
        if (!result.isValid()) {
            throw new IllegalStateException("Jira did not store the Risk level");
        }
    }

    private CustomField create(Locale locale, Project project, String staleId) {
        CustomFieldType<?, ?> type = customFields.getCustomFieldType(TYPE);
        CustomFieldSearcher searcher = customFields.getCustomFieldSearcher(SEARCHER);
        if (type == null || searcher == null) {
            throw new IllegalStateException("Jira has no field type " + TYPE + " or searcher " + SEARCHER);
        }
        List<JiraContextNode> contexts = List.of(new ProjectContext(project.getId()));
        // One null entry: every issue type (values are only ever written on initiatives).
        List<IssueType> allIssueTypes = Collections.singletonList(null);
        CustomField cf;
        try {
            cf = customFields.createCustomField(texts.text(locale, "roadmap.risk.searchfield.name"),
                    texts.text(locale, "roadmap.risk.searchfield.description"), type, searcher, contexts, allIssueTypes);
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not create the Risk level field", e);
        }
        return FieldIds.keep(config, customFields, schemes, KEY, staleId, cf, project);
    }

    private void ensureOptions(CustomField cf) {
        FieldConfig fieldConfig = null;
        long sequence = 0;
        for (RiskLevel level : RiskLevel.values()) {
            String key = OPTION_PREFIX + level.name();
            Long stored = FieldIds.parse(config.get(key).orElse(null));
            if (stored != null && options.findByOptionId(stored) != null) {
                sequence++;
                continue;
            }
            if (fieldConfig == null) {
                fieldConfig = cf.getConfigurationSchemes().get(0).getOneAndOnlyConfig();
                if (fieldConfig == null) {
                    throw new IllegalStateException("The Risk level field " + cf.getIdAsLong()
                            + " has several configurations: add its options (Low, Medium, High) by hand");
                }
            }
            Option option = null;
            for (Option existing : options.getOptions(fieldConfig)) {
                option = VALUES.get(level).equals(existing.getValue()) ? existing : option;
            }
            if (option == null) {
                option = options.createOption(fieldConfig, null, sequence, VALUES.get(level));
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

    private static Map<RiskLevel, String> values() {
        Map<RiskLevel, String> values = new EnumMap<>(RiskLevel.class);
        values.put(RiskLevel.LOW, "Low");
        values.put(RiskLevel.MEDIUM, "Medium");
        values.put(RiskLevel.HIGH, "High");
        return Collections.unmodifiableMap(values);
    }
}
