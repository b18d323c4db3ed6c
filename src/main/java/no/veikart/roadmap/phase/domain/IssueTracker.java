package no.veikart.roadmap.phase.domain;

import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;

/** Jira's issues, as the roadmap uses them. Every write runs as the actor, with Jira's own validation. */
public interface IssueTracker {
    Optional<TrackedIssue> find(String key);

    Optional<TrackedIssue> find(long id);

    IssueRef create(Actor actor, String projectKey, String issueTypeId, String summary, String description);

    IssueRef createSubTask(Actor actor, IssueRef parent, String issueTypeId, String summary, String description);

    void link(Actor actor, IssueRef from, IssueRef to, long linkTypeId);

    /** Removes an issue of a creation that failed halfway (no permission check, no event). */
    void delete(Actor actor, IssueRef issue);

    void comment(Actor actor, IssueRef issue, String body);

    /** A write Jira refused; the message is Jira's, for logs and the caller. */
    final class IssueTrackerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public IssueTrackerException(String message) {
            super(message);
        }

        public IssueTrackerException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
