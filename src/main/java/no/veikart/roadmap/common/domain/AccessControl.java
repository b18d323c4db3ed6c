package no.veikart.roadmap.common.domain;

/** Jira permissions, asked by every use case before it reads or writes. */
public interface AccessControl {
    /** Jira's names of the permissions a refusal reports. */
    String BROWSE = "BROWSE_PROJECTS";
    String EDIT = "EDIT_ISSUES";
    String CREATE = "CREATE_ISSUES";
    String ADMINISTER = "ADMINISTER";

    boolean isJiraAdmin(Actor actor);

    boolean canBrowseProject(Actor actor, String projectKey);

    /** Keys of every project {@code actor} may browse, in Jira's order. */
    java.util.List<String> browsableProjects(Actor actor);

    boolean canCreateIssues(Actor actor, String projectKey);

    boolean canBrowseIssue(Actor actor, long issueId);

    boolean canEditIssue(Actor actor, long issueId);

    /**
     * A use case is about to refuse the actor for lacking {@code permission} on {@code target} (an issue or project
     * key, or what an administrator configures): 403, or 404 for an existing issue the actor may not browse. The
     * adapter writes it to the audit log.
     */
    default void refused(Actor actor, String permission, String target) {
    }
}
