package no.veikart.roadmap.phase.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

@Preload
@Table("PHASE_MOVE")
public interface PhaseMoveEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @StringLength(64)
    String getFromPhase();

    void setFromPhase(String phase);

    @StringLength(64)
    String getToPhase();

    void setToPhase(String phase);

    @StringLength(64)
    String getDecision();

    void setDecision(String decision);

    @StringLength(StringLength.UNLIMITED)
    String getOverrideReason();

    void setOverrideReason(String reason);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @StringLength(StringLength.UNLIMITED)
    String getMissingSteps();

    void setMissingSteps(String commaSeparatedStepKeys);

    @StringLength(255)
    String getActorKey();

    void setActorKey(String key);

    @StringLength(255)
    String getActorName();

    void setActorName(String name);

    Date getMovedAt();

    void setMovedAt(Date at);

    @NotNull
    int getPilotRound();

    void setPilotRound(int round);

    /**
     * The decision the pilot evaluation recommended when this piloting decision was taken. Nullable on purpose: Active
     * Objects adds the column to an existing table when it migrates the entity, and rows from before read as "no
     * recommendation recorded", which is true; so it needs no upgrade task (PhaseMoveAdvisedColumn*Test).
     */
    @StringLength(64)
    String getAdvisedDecision();

    void setAdvisedDecision(String decision);
}
