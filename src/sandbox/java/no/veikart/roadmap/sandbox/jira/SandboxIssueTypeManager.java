package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Issue types. Like Jira, a new type joins the default issue type scheme only; projects with their own scheme
 * need {@code IssueTypeSchemeManager.update}. A duplicate name is refused (Jira refuses it too), so a plugin's
 * set-up must look for an existing type first to be idempotent.
 */
public final class SandboxIssueTypeManager implements IssueTypeManager {

    private final JiraStore store;

    public SandboxIssueTypeManager(JiraStore store) {
        this.store = store;
    }

    @Override
    public IssueType createIssueType(String name, String description, Long avatarId) {
        return create(name, description, avatarId, false);
    }

    @Override
    public IssueType createSubTaskIssueType(String name, String description, Long avatarId) {
        return create(name, description, avatarId, true);
    }

    private IssueType create(String name, String description, Long avatarId, boolean subTask) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Issue type name must not be empty");
        }
        return store.write(d -> {
            String wanted = name.trim().toLowerCase(Locale.ROOT);
            if (d.issueTypes.stream().anyMatch(t -> t.name().toLowerCase(Locale.ROOT).equals(wanted))) {
                throw new IllegalStateException("An issue type with the name '" + name + "' exists already.");
            }
            JiraData.IssueTypeRow row = new JiraData.IssueTypeRow(String.valueOf(d.nextIssueTypeId++), name.trim(),
                    description, subTask, avatarId);
            d.issueTypes.add(row);
            JiraData.SchemeRow def = JiraViews.scheme(d, d.defaultSchemeId).orElseThrow();
            List<String> options = new ArrayList<>(def.optionIds());
            options.add(row.id());
            d.schemes.replaceAll(s -> s.id() == def.id() ? new JiraData.SchemeRow(def.id(), def.name(), options) : s);
            return new SandboxIssueType(row);
        });
    }

    @Override
    public Collection<IssueType> getIssueTypes() {
        return store.read(d -> d.issueTypes.stream().map(SandboxIssueType::new).collect(Collectors.toList()));
    }

    @Override
    public IssueType getIssueType(String id) {
        return store.read(d -> JiraViews.issueType(d, id).map(SandboxIssueType::new).orElse(null));
    }
}
