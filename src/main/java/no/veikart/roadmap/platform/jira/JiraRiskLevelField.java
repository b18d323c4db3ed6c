package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.project.Project;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.ConfigStore;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.risk.domain.RiskLevel;
import no.veikart.roadmap.risk.domain.RiskLevelField;

/**
 * The "Risk level" select field, made ({@link JiraOwnFields}) and written exactly like the searchable gain fields (same Jira members, same
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

    private static final JiraOwnFields.Spec SPEC = new JiraOwnFields.Spec(KEY, TYPE, SEARCHER,
            "roadmap.risk.searchfield.name", "roadmap.risk.searchfield.description", "Risk level");

    private final ConfigStore config;
    private final JiraOwnFields fields;
    private final IssueService issues;
    private final JiraUsers users;

    public JiraRiskLevelField(CustomFieldManager customFields, FieldConfigSchemeManager schemes, OptionsManager options,
            ConfigStore config, Texts texts, IssueService issues, JiraUsers users) {
        this.config = config;
        this.fields = new JiraOwnFields(customFields, schemes, options, config, texts);
        this.issues = issues;
        this.users = users;
    }

    /** Idempotent: creates the field (name in {@code locale}) and its options if missing, adds {@code project}; true when created. */
    public boolean ensure(Locale locale, Project project) {
        JiraOwnFields.Ensured ensured = fields.ensure(SPEC, locale, project);
        fields.ensureOptions(ensured.field(), "Risk level", OPTION_PREFIX, VALUES);
        return ensured.created();
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

    private static Map<RiskLevel, String> values() {
        Map<RiskLevel, String> values = new EnumMap<>(RiskLevel.class);
        values.put(RiskLevel.LOW, "Low");
        values.put(RiskLevel.MEDIUM, "Medium");
        values.put(RiskLevel.HIGH, "High");
        return Collections.unmodifiableMap(values);
    }
}
