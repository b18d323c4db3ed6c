package no.veikart.roadmap.phase.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

@Preload
@Table("STEP_STATE")
public interface StepStateEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @StringLength(64)
    String getPhaseKey();

    void setPhaseKey(String key);

    @NotNull
    int getPosition();

    void setPosition(int position);

    @StringLength(64)
    String getStepKey();

    void setStepKey(String key);

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

    @NotNull
    boolean isMandatory();

    void setMandatory(boolean mandatory);

    @NotNull
    boolean isDone();

    void setDone(boolean done);

    @StringLength(255)
    String getDoneBy();

    void setDoneBy(String userKey);

    Date getDoneAt();

    void setDoneAt(Date at);
}
