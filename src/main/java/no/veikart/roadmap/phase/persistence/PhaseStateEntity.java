package no.veikart.roadmap.phase.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

@Preload
@Table("PHASE_STATE")
public interface PhaseStateEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @NotNull
    int getPosition();

    void setPosition(int position);

    @StringLength(64)
    String getPhaseKey();

    void setPhaseKey(String key);

    @StringLength(255)
    String getCustomName();

    void setCustomName(String name);

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long id);

    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String key);

    @StringLength(32)
    String getStatus();

    void setStatus(String status);
}
