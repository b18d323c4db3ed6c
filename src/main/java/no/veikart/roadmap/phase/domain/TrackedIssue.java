package no.veikart.roadmap.phase.domain;

/** What the roadmap needs to know of a Jira issue. */
public record TrackedIssue(long id, String key, String projectKey, String summary) {
    public IssueRef ref() {
        return new IssueRef(id, key);
    }
}
