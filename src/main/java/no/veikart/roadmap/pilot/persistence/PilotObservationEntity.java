package no.veikart.roadmap.pilot.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One pilot log entry; never changed once written (added or deleted only). */
@Preload
@Table("PILOT_OBSERVATION")
public interface PilotObservationEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @NotNull
    int getRoundNo();

    void setRoundNo(int round);

    @NotNull
    Date getObservedOn();

    void setObservedOn(Date date);

    @NotNull
    @StringLength(32)
    String getDimension();

    void setDimension(String dimension);

    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String key);

    Date getCreatedAt();

    void setCreatedAt(Date at);
}
