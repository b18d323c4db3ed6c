package no.veikart.roadmap.phase.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An initiative creation in progress on a node, with the issues it has made (see {@link AoCreationJournal}). */
@Preload
@Table("CREATION_JOURNAL")
public interface CreationJournalEntity extends Entity {
    /** Jira's cluster node id; "-" when Jira is not clustered. */
    @NotNull
    @Indexed
    @StringLength(190)
    String getNodeId();

    void setNodeId(String nodeId);

    @NotNull
    @StringLength(255)
    String getProjectKey();

    void setProjectKey(String key);

    @NotNull
    @StringLength(255)
    String getActorKey();

    void setActorKey(String key);

    @NotNull
    Date getStarted();

    void setStarted(Date started);

    /** {@code id:key} of each issue made, comma-separated, oldest first. */
    @StringLength(StringLength.UNLIMITED)
    String getIssues();

    void setIssues(String issues);
}
