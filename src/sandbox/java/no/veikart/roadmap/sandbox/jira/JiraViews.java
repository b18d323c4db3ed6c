package no.veikart.roadmap.sandbox.jira;

import java.util.Locale;
import java.util.Optional;

/** Look-ups and row-to-snapshot conversions over {@link JiraData}; call only under the store's lock. */
final class JiraViews {

    private JiraViews() {
    }

    static Optional<JiraData.ProjectRow> project(JiraData d, Long id) {
        return d.projects.stream().filter(p -> id != null && p.id() == id).findFirst();
    }

    static Optional<JiraData.ProjectRow> projectByKey(JiraData d, String key) {
        return d.projects.stream().filter(p -> key != null && p.key().equalsIgnoreCase(key)).findFirst();
    }

    static Optional<JiraData.IssueTypeRow> issueType(JiraData d, String id) {
        return d.issueTypes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    static Optional<JiraData.SchemeRow> scheme(JiraData d, long id) {
        return d.schemes.stream().filter(s -> s.id() == id).findFirst();
    }

    static Optional<JiraData.IssueRow> issue(JiraData d, Long id) {
        return d.issues.stream().filter(i -> id != null && i.id() == id).findFirst();
    }

    static Optional<JiraData.IssueRow> issueByKey(JiraData d, String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.toUpperCase(Locale.ROOT);
        return d.issues.stream().filter(i -> i.key().equals(wanted)).findFirst();
    }

    static SandboxProject toProject(JiraData.ProjectRow row) {
        return new SandboxProject(row);
    }

    static SandboxIssue toIssue(JiraData d, JiraData.IssueRow row) {
        return new SandboxIssue(row.id(), row.key(),
                project(d, row.projectId()).map(SandboxProject::new).orElse(null),
                issueType(d, row.issueTypeId()).map(SandboxIssueType::new).orElse(null),
                row.summary(), row.description(), row.parentId(), row.status(), row.reporter(), row.assignee(),
                row.created());
    }

    /** Removes an issue, its sub-tasks, and their links and comments, as Jira's delete does. */
    static void deleteWithSubTasks(JiraData d, long id) {
        java.util.Set<Long> doomed = new java.util.HashSet<>();
        doomed.add(id);
        d.issues.stream().filter(i -> i.parentId() != null && i.parentId() == id).forEach(i -> doomed.add(i.id()));
        d.issues.removeIf(i -> doomed.contains(i.id()));
        d.links.removeIf(l -> doomed.contains(l.sourceId()) || doomed.contains(l.destinationId()));
        d.comments.removeIf(c -> doomed.contains(c.issueId()));
        d.customFieldValues.keySet().removeIf(doomed::contains);
    }

    static void replaceIssue(JiraData d, JiraData.IssueRow row) {
        d.issues.replaceAll(i -> i.id() == row.id() ? row : i);
    }
}
