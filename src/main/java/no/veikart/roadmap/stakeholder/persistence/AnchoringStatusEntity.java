package no.veikart.roadmap.stakeholder.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Anchoring status of one stakeholder in one phase. */
@Preload
@Table("ANCHOR_STATUS")
public interface AnchoringStatusEntity extends Entity {
    @NotNull
    @Indexed
    long getStakeholderId();

    void setStakeholderId(long id);

    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @StringLength(64)
    String getPhaseKey();

    void setPhaseKey(String phase);

    @StringLength(32)
    String getStatus();

    void setStatus(String status);

    Date getUpdatedAt();

    void setUpdatedAt(Date at);
}
