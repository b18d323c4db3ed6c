package no.veikart.roadmap.phase.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.cluster.ClusterManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import net.java.ao.Query;
import no.veikart.roadmap.phase.domain.CreationJournal;
import no.veikart.roadmap.phase.domain.IssueRef;
import no.veikart.roadmap.platform.jira.OptionalServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The creation journal in {@code AO_CEC056_CREATION_JOURNAL}: one row per creation in progress, stamped with Jira's
 * node id, so that a node recovers only its own interrupted creations when it starts (another node's may still be
 * running) and anyone's older than {@link #ABANDONED_AFTER}.
 */
public class AoCreationJournal implements CreationJournal {
    /** No creation takes this long: by then its node is gone for good. */
    static final Duration ABANDONED_AFTER = Duration.ofDays(1);

    /** The node id stored when Jira offers no ClusterManager; never matched as this node's own. */
    static final String UNKNOWN_NODE = "?";
    private static final Logger LOG = LoggerFactory.getLogger(AoCreationJournal.class);

    private final ActiveObjects ao;
    private final ClusterManager cluster;
    private final AtomicBoolean clusterMissing = new AtomicBoolean();

    public AoCreationJournal(ActiveObjects ao, ClusterManager cluster) {
        this.ao = ao;
        this.cluster = cluster;
    }

    @Override
    public long begin(String projectKey, String actorKey, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put("NODE_ID", node());
        row.put("PROJECT_KEY", projectKey);
        row.put("ACTOR_KEY", actorKey);
        row.put("STARTED", Date.from(at));
        return ao.executeInTransaction(() -> ao.create(CreationJournalEntity.class, row)).getID();
    }

    @Override
    public void created(long journalId, IssueRef issue) {
        ao.executeInTransaction(() -> {
            CreationJournalEntity row = ao.get(CreationJournalEntity.class, Math.toIntExact(journalId));
            if (row != null) {
                String made = issue.id() + ":" + issue.key();
                row.setIssues(row.getIssues() == null || row.getIssues().isEmpty() ? made : row.getIssues() + "," + made);
                row.save();
            }
            return null;
        });
    }

    @Override
    public void finish(long journalId) {
        ao.deleteWithSQL(CreationJournalEntity.class, "ID = ?", journalId);
    }

    @Override
    public List<PendingCreation> abandoned(Instant nodeStarted) {
        Date started = Date.from(nodeStarted);
        Date longAgo = Date.from(nodeStarted.minus(ABANDONED_AFTER));
        List<PendingCreation> pending = new ArrayList<>();
        for (CreationJournalEntity row : ao.find(CreationJournalEntity.class, Query.select()
                .where("STARTED < ? AND (NODE_ID = ? OR STARTED < ?)", started, ownNode(), longAgo).order("ID ASC"))) {
            pending.add(new PendingCreation(row.getID(), row.getProjectKey(), row.getActorKey(), row.getStarted().toInstant(),
                    issues(row.getIssues())));
        }
        return pending;
    }

    /**
     * Without a cluster there is one node: stored as "-" (Oracle would read an empty string as null). When Jira
     * offers no ClusterManager the node is unknown too; then only creations older than {@link #ABANDONED_AFTER} are
     * recovered, since a younger one may belong to a node that is still running.
     */
    private String node() {
        String id;
        try {
            id = cluster.getNodeId();
        } catch (RuntimeException e) {
            if (!OptionalServices.unavailable(e)) {
                throw e;
            }
            OptionalServices.reportOnce(clusterMissing, LOG, "ClusterManager", "creations are journalled under node "
                    + UNKNOWN_NODE + " and recovered only once they are " + ABANDONED_AFTER.toHours() + " hours old");
            return UNKNOWN_NODE;
        }
        return id == null || id.isBlank() ? "-" : id;
    }

    /** This node's id for matching its own rows; an unknown node owns none. */
    private String ownNode() {
        String node = node();
        return UNKNOWN_NODE.equals(node) ? "" : node;
    }

    private static List<IssueRef> issues(String text) {
        List<IssueRef> refs = new ArrayList<>();
        if (text != null && !text.isEmpty()) {
            for (String item : text.split(",")) {
                int colon = item.indexOf(':');
                refs.add(new IssueRef(Long.parseLong(item.substring(0, colon)), item.substring(colon + 1)));
            }
        }
        return refs;
    }
}
