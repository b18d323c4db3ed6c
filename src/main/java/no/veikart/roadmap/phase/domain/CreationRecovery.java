package no.veikart.roadmap.phase.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.common.domain.Actor;

/**
 * Makes initiative creations atomic across crashes: the issues of a creation that never reached its initiative
 * (the node died before the roadmap data was stored) are removed, newest first, as the request's compensation would
 * have; a creation whose initiative was stored and only its journal entry is left over is just forgotten.
 */
public final class CreationRecovery {
    private final CreationJournal journal;
    private final InitiativeRepository initiatives;
    private final IssueTracker issues;

    public CreationRecovery(CreationJournal journal, InitiativeRepository initiatives, IssueTracker issues) {
        this.journal = journal;
        this.initiatives = initiatives;
        this.issues = issues;
    }

    /** What a recovery did: creations undone (with their issues removed), kept (initiative stored), and failed. */
    public record Outcome(int undone, int issuesRemoved, int kept, int failed) {
    }

    /** Recovers the creations {@link CreationJournal#abandoned} names; a failed one stays for the next start. */
    public Outcome recover(Instant nodeStarted) {
        int undone = 0;
        int removed = 0;
        int kept = 0;
        int failed = 0;
        for (CreationJournal.PendingCreation pending : journal.abandoned(nodeStarted)) {
            List<IssueRef> made = pending.issues();
            try {
                if (!made.isEmpty() && initiatives.findByAnyIssueId(made.get(0).id()).isPresent()) {
                    kept++;
                } else {
                    // IssueTracker.delete neither checks permissions nor fires events: the actor is only a label.
                    Actor creator = new Actor(pending.actorKey(), pending.actorKey(), pending.actorKey(), Locale.ENGLISH);
                    for (int i = made.size() - 1; i >= 0; i--) {
                        issues.delete(creator, made.get(i));
                    }
                    undone++;
                    removed += made.size();
                }
                journal.finish(pending.id());
            } catch (RuntimeException e) {
                failed++;
            }
        }
        return new Outcome(undone, removed, kept, failed);
    }
}
