package no.veikart.roadmap.common.domain;


/** Jira permissions, asked by every use case before it reads or writes. */
public interface AccessControl {
    boolean isJiraAdmin(Actor actor);

    boolean canBrowseProject(Actor actor, String projectKey);

    /** Keys of every project {@code actor} may browse, in Jira's order. */
    java.util.List<String> browsableProjects(Actor actor);

    boolean canCreateIssues(Actor actor, String projectKey);

    boolean canBrowseIssue(Actor actor, long issueId);

    boolean canEditIssue(Actor actor, long issueId);
}
