package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One issue type scheme per project (plus the default scheme that collects every type). */
public final class SandboxIssueTypeSchemeManager implements IssueTypeSchemeManager {

    private final JiraStore store;

    public SandboxIssueTypeSchemeManager(JiraStore store) {
        this.store = store;
    }

    @Override
    public FieldConfigScheme getConfigScheme(Project project) {
        Objects.requireNonNull(project, "project");
        return store.read(d -> JiraViews.project(d, project.getId())
                .flatMap(p -> JiraViews.scheme(d, p.schemeId()))
                .map(SandboxFieldConfigScheme::new)
                .orElse(null));
    }

    /** Sets the scheme's options (issue type ids, in order); unknown ids are refused. */
    @Override
    public FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds) {
        Objects.requireNonNull(configScheme, "configScheme");
        Objects.requireNonNull(optionIds, "optionIds");
        return store.write(d -> {
            JiraData.SchemeRow old = JiraViews.scheme(d, configScheme.getId()).orElseThrow(
                    () -> new IllegalArgumentException("No issue type scheme with id " + configScheme.getId()));
            List<String> options = new ArrayList<>();
            for (String id : optionIds) {
                if (JiraViews.issueType(d, id).isEmpty()) {
                    throw new IllegalArgumentException("No issue type with id " + id);
                }
                if (!options.contains(id)) {
                    options.add(id);
                }
            }
            JiraData.SchemeRow row = new JiraData.SchemeRow(old.id(), old.name(), List.copyOf(options));
            d.schemes.replaceAll(s -> s.id() == row.id() ? row : s);
            return new SandboxFieldConfigScheme(row);
        });
    }

    @Override
    public Collection<IssueType> getIssueTypesForProject(Project project) {
        Objects.requireNonNull(project, "project");
        return store.read(d -> JiraViews.project(d, project.getId())
                .flatMap(p -> JiraViews.scheme(d, p.schemeId()))
                .map(s -> s.optionIds().stream()
                        .map(id -> JiraViews.issueType(d, id))
                        .flatMap(java.util.Optional::stream)
                        .map(t -> (IssueType) new SandboxIssueType(t))
                        .collect(Collectors.toList()))
                .orElse(List.of()));
    }
}
