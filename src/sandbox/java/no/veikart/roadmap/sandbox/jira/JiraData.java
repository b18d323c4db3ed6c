package no.veikart.roadmap.sandbox.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the in-memory Jira holds, in exactly the shape written to {@code <home>/jira-state.json}. Only
 * {@link JiraStore} touches it, under its lock; the rows are immutable records, changes replace them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class JiraData {

    public long nextIssueId = 10000;
    public long nextIssueTypeId = 10003;
    public long nextSchemeId = 10103;
    public long nextLinkTypeId = 10004;
    public long nextLinkId = 10000;
    public long nextCommentId = 10000;
    public long defaultSchemeId = 10000;
    public boolean subTasksEnabled = true;
    /** Last issue number per project key (DEMO-1, DEMO-2 ...). */
    public Map<String, Long> issueCounters = new TreeMap<>();
    public List<ProjectRow> projects = new ArrayList<>();
    public List<IssueTypeRow> issueTypes = new ArrayList<>();
    public List<SchemeRow> schemes = new ArrayList<>();
    public List<IssueRow> issues = new ArrayList<>();
    public List<LinkTypeRow> linkTypes = new ArrayList<>();
    public List<LinkRow> links = new ArrayList<>();
    public List<CommentRow> comments = new ArrayList<>();
    /** Profile language per username (en, nb, da, sv, fi), like a Jira user profile. */
    public Map<String, String> userLanguages = new TreeMap<>();
    public long nextCustomFieldId = 10100;
    public long nextOptionId = 10200;
    /** Ids of custom field config schemes and their (one) field config. */
    public long nextFieldConfigId = 10300;
    public List<CustomFieldRow> customFields = new ArrayList<>();
    public List<OptionRow> fieldOptions = new ArrayList<>();
    /**
     * Custom field values: issue id, then custom field id, then the value as stored: a number as a plain decimal, a
     * date as yyyy-MM-dd, a select list value as the option id.
     */
    public Map<Long, Map<Long, String>> customFieldValues = new TreeMap<>();
    /** Gadgets (dashboard items) on the users' dashboards: one personal dashboard per user. */
    public List<DashboardItemRow> dashboardItems = new ArrayList<>();
    public long nextDashboardItemId = 10000;
    /** Saved filters (Jira's search requests): owned by a user, private or shared with every logged-in user. */
    public List<FilterRow> filters = new ArrayList<>();
    public long nextFilterId = 10000;

    /** A fresh Jira: three projects with their own issue type schemes, Task and Sub-task, Jira's default link types. */
    static JiraData initial() {
        JiraData d = new JiraData();
        d.issueTypes.add(new IssueTypeRow("10001", "Task", "A task that needs to be done.", false, 10318L));
        d.issueTypes.add(new IssueTypeRow("10002", "Sub-task", "The sub-task of the issue", true, 10316L));
        d.schemes.add(new SchemeRow(10000, "Default Issue Type Scheme", List.of("10001", "10002")));
        d.schemes.add(new SchemeRow(10100, "DEMO: Issue Type Scheme", List.of("10001", "10002")));
        d.schemes.add(new SchemeRow(10101, "HELSE: Issue Type Scheme", List.of("10001", "10002")));
        d.schemes.add(new SchemeRow(10102, "SKOLE: Issue Type Scheme", List.of("10001", "10002")));
        d.projects.add(new ProjectRow(10000, "DEMO", "Demo kommune – velferdsteknologi", "admin", 10100));
        d.projects.add(new ProjectRow(10001, "HELSE", "Helse og omsorg", "admin", 10101));
        d.projects.add(new ProjectRow(10002, "SKOLE", "Oppvekst og skole", "admin", 10102));
        d.linkTypes.add(new LinkTypeRow(10000, "Blocks", "blocks", "is blocked by", null));
        d.linkTypes.add(new LinkTypeRow(10001, "Cloners", "clones", "is cloned by", null));
        d.linkTypes.add(new LinkTypeRow(10002, "Duplicate", "duplicates", "is duplicated by", null));
        d.linkTypes.add(new LinkTypeRow(10003, "Relates", "relates to", "relates to", null));
        return d;
    }

    public record ProjectRow(long id, String key, String name, String lead, long schemeId) {
    }

    public record IssueTypeRow(String id, String name, String description, boolean subTask, Long avatarId) {
    }

    public record SchemeRow(long id, String name, List<String> optionIds) {
    }

    /**
     * {@code parentId} is only set by {@code SubTaskManager.createSubTaskIssueLink}, as in Jira where the parent is
     * the sub-task link, not a field: a plugin that forgets the link gets an orphan sub-task here too.
     */
    public record IssueRow(long id, String key, long projectId, String issueTypeId, String summary, String description,
            String status, String reporter, String assignee, Long parentId, String created) {

        IssueRow withParent(Long parent) {
            return new IssueRow(id, key, projectId, issueTypeId, summary, description, status, reporter, assignee,
                    parent, created);
        }
    }

    public record LinkTypeRow(long id, String name, String outward, String inward, String style) {
    }

    public record LinkRow(long id, long sourceId, long destinationId, long linkTypeId, long sequence) {
    }

    public record CommentRow(long id, long issueId, String author, String body, String created) {
    }

    /**
     * A custom field with its one config scheme and field config: {@code global} or the ids of the projects in its
     * context, and the issue types it applies to ({@code issueTypeIds} null or empty: all). {@code typeKey} and
     * {@code searcherKey} are Jira's complete module keys (a plugin's type: {@code pluginKey:moduleKey}).
     */
    public record CustomFieldRow(long id, String name, String description, String typeKey, String searcherKey,
            long schemeId, long configId, boolean global, List<Long> projectIds, List<String> issueTypeIds) {

        CustomFieldRow withContexts(boolean newGlobal, List<Long> newProjectIds, List<String> newIssueTypeIds) {
            return new CustomFieldRow(id, name, description, typeKey, searcherKey, schemeId, configId, newGlobal,
                    List.copyOf(newProjectIds), newIssueTypeIds == null ? null : List.copyOf(newIssueTypeIds));
        }

        /** Whether the field's context covers an issue of this project and issue type. */
        boolean appliesTo(long projectId, String issueTypeId) {
            return (global || projectIds.contains(projectId))
                    && (issueTypeIds == null || issueTypeIds.isEmpty() || issueTypeIds.contains(issueTypeId));
        }
    }

    /**
     * A gadget on {@code owner}'s dashboard (user key): the dashboard item's complete module key
     * ({@code pluginKey:moduleKey}) and its preferences, string to string like Jira's gadget user preferences.
     */
    /** A saved filter; {@code favouriteOf} holds the usernames that starred it (the owner on creation, as Jira does). */
    public record FilterRow(long id, String name, String description, String owner, String jql, boolean shared,
            List<String> favouriteOf) {

        public FilterRow {
            favouriteOf = List.copyOf(favouriteOf);
        }
    }

    public record DashboardItemRow(long id, String owner, String moduleKey, Map<String, String> preferences) {

        public DashboardItemRow {
            preferences = Map.copyOf(preferences);
        }

        DashboardItemRow withPreferences(Map<String, String> newPreferences) {
            return new DashboardItemRow(id, owner, moduleKey, newPreferences);
        }
    }

    /** A select list option of a field config. */
    public record OptionRow(long id, long configId, long sequence, String value) {
    }
}
