package no.veikart.roadmap.phase.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.cluster.ClusterManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.java.ao.test.jdbc.Data;
import no.veikart.roadmap.phase.domain.CreationJournal.PendingCreation;
import no.veikart.roadmap.phase.domain.IssueRef;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import org.junit.Test;

/** The creation journal on a real database; run by the H2 and PostgreSQL subclasses. */
@Data(CreationJournalSchema.class)
public abstract class CreationJournalContract extends ActiveObjectsTestSupport {
    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    private AoCreationJournal journalOf(String node) {
        return new AoCreationJournal(activeObjects(), new ClusterManager() {
            @Override
            public String getNodeId() {
                return node;
            }

            @Override
            public boolean isClustered() {
                return node != null;
            }
        });
    }

    @Test
    public void issuesAreKeptInOrderUntilTheCreationIsFinished() {
        AoCreationJournal journal = journalOf(null);
        long id = journal.begin("DEMO", "member", START);
        journal.created(id, new IssueRef(10001, "DEMO-1"));
        journal.created(id, new IssueRef(10002, "DEMO-2"));
        long done = journal.begin("DEMO", "member", START);
        journal.created(done, new IssueRef(10003, "DEMO-3"));
        journal.finish(done);

        List<PendingCreation> pending = journal.abandoned(START.plusSeconds(1));

        assertEquals(1, pending.size());
        assertEquals(List.of(new IssueRef(10001, "DEMO-1"), new IssueRef(10002, "DEMO-2")), pending.get(0).issues());
        assertEquals("member", pending.get(0).actorKey());
        assertEquals(START, pending.get(0).started());
        assertTrue("a creation begun after the node started is still running", journal.abandoned(START).isEmpty());
    }

    @Test
    public void aNodeRecoversItsOwnCreationsAndOtherNodesOnlyWhenLongAbandoned() {
        long mine = journalOf("node-a").begin("DEMO", "member", START);
        long theirs = journalOf("node-b").begin("DEMO", "member", START);
        long theirsOld = journalOf("node-b").begin("DEMO", "member", START.minus(Duration.ofDays(2)));

        List<Long> seenByA = journalOf("node-a").abandoned(START.plusSeconds(60)).stream().map(PendingCreation::id).toList();

        assertEquals(List.of(mine, theirsOld), seenByA);
        assertTrue(seenByA.stream().noneMatch(id -> id == theirs));
    }

    /** Jira offers no ClusterManager (an optional reference): its proxy throws Gemini's ServiceUnavailableException. */
    private AoCreationJournal journalWithoutClusterManager() {
        return new AoCreationJournal(activeObjects(), (ClusterManager) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ClusterManager.class}, (proxy, method, args) -> {
                    throw new ServiceUnavailableException("service matching filter=[(objectClass="
                            + ClusterManager.class.getName() + ")] unavailable");
                }));
    }

    /** Named as Gemini's, which the plugin recognises by name. */
    static final class ServiceUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServiceUnavailableException(String message) {
            super(message);
        }
    }

    @Test
    public void withoutClusterManagerANodeRecoversOnlyLongAbandonedCreations() {
        long unknownRecent = journalWithoutClusterManager().begin("DEMO", "member", START);
        long unknownOld = journalWithoutClusterManager().begin("DEMO", "member", START.minus(Duration.ofDays(2)));
        long named = journalOf("node-a").begin("DEMO", "member", START);

        List<Long> seen = journalWithoutClusterManager().abandoned(START.plusSeconds(60)).stream()
                .map(PendingCreation::id).toList();

        assertEquals("a recent creation may belong to a node still running", List.of(unknownOld), seen);
        assertTrue(seen.stream().noneMatch(id -> id == unknownRecent || id == named));
    }
}
