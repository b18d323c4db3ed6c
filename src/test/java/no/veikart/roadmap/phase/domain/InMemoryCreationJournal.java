package no.veikart.roadmap.phase.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The creation journal of one node in memory; every entry counts as this node's. */
final class InMemoryCreationJournal implements CreationJournal {
    final Map<Long, CreationJournal.PendingCreation> open = new LinkedHashMap<>();
    private long next = 1;

    @Override
    public long begin(String projectKey, String actorKey, Instant at) {
        long id = next++;
        open.put(id, new PendingCreation(id, projectKey, actorKey, at, List.of()));
        return id;
    }

    @Override
    public void created(long journalId, IssueRef issue) {
        PendingCreation p = open.get(journalId);
        List<IssueRef> issues = new ArrayList<>(p.issues());
        issues.add(issue);
        open.put(journalId, new PendingCreation(p.id(), p.projectKey(), p.actorKey(), p.started(), issues));
    }

    @Override
    public void finish(long journalId) {
        open.remove(journalId);
    }

    @Override
    public List<PendingCreation> abandoned(Instant nodeStarted) {
        return open.values().stream().filter(p -> p.started().isBefore(nodeStarted)).toList();
    }
}
