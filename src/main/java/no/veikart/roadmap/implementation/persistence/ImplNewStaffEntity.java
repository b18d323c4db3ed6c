package no.veikart.roadmap.implementation.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** New staff who joined a unit on a day. */
@Table("IMPL_NEW_STAFF")
public interface ImplNewStaffEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @NotNull
    @Indexed
    long getUnitId();

    void setUnitId(long id);

    Date getJoinedOn();

    void setJoinedOn(Date date);

    int getStaffCount();

    void setStaffCount(int count);
}
