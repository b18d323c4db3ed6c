package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.ConfigStore;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.phase.domain.ProjectSetup;
import no.veikart.roadmap.phase.domain.RoadmapIssueTypes;

/**
 * Creates the roadmap issue types and the phase link type once per Jira, remembers their ids (never matching by
 * name, which admins and other apps change), and adds the types to a project's issue type scheme. The searchable gain
 * fields ({@link JiraSearchFieldSetup}) and the "Gains" field of the initiatives ({@link JiraGainsFieldSetup}) are set
 * up with them.
 */
public class JiraProjectSetup implements ProjectSetup {
    static final String INITIATIVE = "issuetype.INITIATIVE";
    static final String STEP = "issuetype.STEP";
    static final String PHASE_PREFIX = "issuetype.PHASE.";
    static final String LINK_TYPE = "linktype.PHASE";

    private final IssueTypeManager issueTypes;
    private final IssueTypeSchemeManager schemes;
    private final IssueLinkTypeManager linkTypes;
    private final AvatarManager avatars;
    private final ProjectManager projects;
    private final ConfigStore config;
    private final Texts texts;
    private final JiraSearchFieldSetup searchFields;
    private final JiraGainsFieldSetup gainsField;
    private final JiraRiskLevelField riskLevelField;

    public JiraProjectSetup(IssueTypeManager issueTypes, IssueTypeSchemeManager schemes, IssueLinkTypeManager linkTypes,
            AvatarManager avatars, ProjectManager projects, ConfigStore config, Texts texts, JiraSearchFieldSetup searchFields,
            JiraGainsFieldSetup gainsField) {
        this(issueTypes, schemes, linkTypes, avatars, projects, config, texts, searchFields, gainsField, null);
    }

    /** {@code riskLevelField}: the risk feature's "Risk level" field, set up with the others (null: none). */
    public JiraProjectSetup(IssueTypeManager issueTypes, IssueTypeSchemeManager schemes, IssueLinkTypeManager linkTypes,
            AvatarManager avatars, ProjectManager projects, ConfigStore config, Texts texts, JiraSearchFieldSetup searchFields,
            JiraGainsFieldSetup gainsField, JiraRiskLevelField riskLevelField) {
        this.riskLevelField = riskLevelField;
        this.issueTypes = issueTypes;
        this.schemes = schemes;
        this.linkTypes = linkTypes;
        this.avatars = avatars;
        this.projects = projects;
        this.config = config;
        this.texts = texts;
        this.searchFields = searchFields;
        this.gainsField = gainsField;
    }

    @Override
    public Report setUp(Actor actor, String projectKey, Collection<String> phaseKeys) {
        Project project = projects.getProjectObjByKey(projectKey);
        if (project == null) {
            throw new RoadmapException.NotFound();
        }
        Locale locale = actor.locale();
        List<String> created = new ArrayList<>();
        List<IssueType> wanted = new ArrayList<>();
        IssueType initiative = ensureType(INITIATIVE, created, () -> issueTypes.createIssueType(
                texts.text(locale, "roadmap.issuetype.initiative.name"), texts.text(locale, "roadmap.issuetype.initiative.description"),
                avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)));
        wanted.add(initiative);
        for (String phase : phaseKeys) {
            wanted.add(ensureType(PHASE_PREFIX + phase, created, () -> issueTypes.createIssueType(
                    texts.text(locale, "roadmap.phase." + phase + ".name"), texts.text(locale, "roadmap.issuetype.phase.description"),
                    avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE))));
        }
        wanted.add(ensureType(STEP, created, () -> issueTypes.createSubTaskIssueType(
                texts.text(locale, "roadmap.issuetype.step.name"), texts.text(locale, "roadmap.issuetype.step.description"),
                avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE))));
        ensureLinkType(locale, created);

        FieldConfigScheme scheme = schemes.getConfigScheme(project);
        Set<String> options = new LinkedHashSet<>();
        schemes.getIssueTypesForProject(project).forEach(t -> options.add(t.getId()));
        int before = options.size();
        wanted.forEach(t -> options.add(t.getId()));
        if (options.size() > before) {
            schemes.update(scheme, options);
        }
        JiraSearchFieldSetup.Result fields = searchFields.ensure(locale, project);
        JiraGainsFieldSetup.Result gains = gainsField.ensure(locale, project, initiative);
        boolean riskField = riskLevelField != null && riskLevelField.ensure(locale, project);
        return new Report(wanted.stream().map(IssueType::getName).toList(),
                created.size() + fields.created() + (gains.created() ? 1 : 0) + (riskField ? 1 : 0), fields.names(), gains.name());
    }

    private IssueType ensureType(String configKey, List<String> created, Supplier<IssueType> create) {
        Optional<IssueType> existing = config.get(configKey).map(issueTypes::getIssueType);
        if (existing.isPresent()) {
            return existing.get();
        }
        IssueType type = create.get();
        String winner = config.putIfAbsent(configKey, type.getId());
        created.add(type.getName());
        return winner.equals(type.getId()) ? type : issueTypes.getIssueType(winner);
    }

    private void ensureLinkType(Locale locale, List<String> created) {
        if (config.get(LINK_TYPE).map(id -> findLinkType(Long.valueOf(id))).isPresent()) {
            return;
        }
        String name = texts.text(locale, "roadmap.linktype.name");
        Collection<IssueLinkType> byName = linkTypes.getIssueLinkTypesByName(name);
        if (byName.isEmpty()) {
            linkTypes.createIssueLinkType(name, texts.text(locale, "roadmap.linktype.outward"), texts.text(locale, "roadmap.linktype.inward"), null);
            byName = linkTypes.getIssueLinkTypesByName(name);
            created.add(name);
        }
        // createIssueLinkType returns nothing; the new type is found by the name it was just given.
        config.putIfAbsent(LINK_TYPE, String.valueOf(byName.iterator().next().getId()));
    }

    private IssueLinkType findLinkType(Long id) {
        return linkTypes.getIssueLinkTypes().stream().filter(t -> t.getId().equals(id)).findFirst().orElse(null);
    }

    @Override
    public Optional<RoadmapIssueTypes> issueTypes(String projectKey, Collection<String> phaseKeys) {
        Project project = projects.getProjectObjByKey(projectKey);
        if (project == null) {
            return Optional.empty();
        }
        Map<String, String> ids = config.getAll("");
        Set<String> inScheme = new LinkedHashSet<>();
        schemes.getIssueTypesForProject(project).forEach(t -> inScheme.add(t.getId()));
        String initiative = ids.get(INITIATIVE);
        String step = ids.get(STEP);
        String link = ids.get(LINK_TYPE);
        if (initiative == null || step == null || link == null || !inScheme.contains(initiative) || !inScheme.contains(step)) {
            return Optional.empty();
        }
        Map<String, String> phases = new HashMap<>();
        for (String phase : phaseKeys) {
            String id = ids.get(PHASE_PREFIX + phase);
            if (id == null || !inScheme.contains(id)) {
                return Optional.empty();
            }
            phases.put(phase, id);
        }
        return Optional.of(new RoadmapIssueTypes(initiative, phases, step, Long.parseLong(link)));
    }
}
