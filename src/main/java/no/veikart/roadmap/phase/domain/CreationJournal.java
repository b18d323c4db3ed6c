package no.veikart.roadmap.phase.domain;

import java.time.Instant;
import java.util.List;

/**
 * The issues an initiative creation has made so far, kept outside the request: Jira creates each issue in its own
 * transaction, so a node that dies halfway (kill -9, power loss) cannot run the compensating deletes itself.
 * {@link CreationRecovery} removes the issues of such a creation when the node starts again. Every call stores at
 * once (its own commit), so the journal is never behind by more than the issue being created.
 */
public interface CreationJournal {
    /** Opens the journal of one creation, on this node, and returns its id. */
    long begin(String projectKey, String actorKey, Instant at);

    /** Adds an issue the creation has just made; called before the next one is made. */
    void created(long journalId, IssueRef issue);

    /** Forgets the creation: the initiative is stored, or its issues were removed again. */
    void finish(long journalId);

    /**
     * Creations no request is working on any more: those this node began before {@code nodeStarted} (it was stopped
     * or killed since), and those of any node begun more than a day before (a node that never came back).
     */
    List<PendingCreation> abandoned(Instant nodeStarted);

    /** A creation that was not finished, with its issues in the order they were made. */
    record PendingCreation(long id, String projectKey, String actorKey, Instant started, List<IssueRef> issues) {
        public PendingCreation {
            issues = List.copyOf(issues);
        }
    }
}
