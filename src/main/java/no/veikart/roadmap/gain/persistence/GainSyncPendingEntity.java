package no.veikart.roadmap.gain.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An initiative whose searchable Jira fields could not be written; at most one row per initiative (unique), so two
 * nodes recording the same failure collide in the database instead of keeping two rows.
 */
@Preload
@Table("GAIN_SYNC_PENDING")
public interface GainSyncPendingEntity extends Entity {
    @NotNull
    @Unique
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @NotNull
    long getIssueId();

    void setIssueId(long id);

    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String key);

    @StringLength(32)
    String getReason();

    void setReason(String reason);

    @NotNull
    int getAttempts();

    void setAttempts(int attempts);

    @NotNull
    @Indexed
    Date getFirstFailed();

    void setFirstFailed(Date at);

    @NotNull
    Date getLastFailed();

    void setLastFailed(Date at);
}
