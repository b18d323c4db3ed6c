package no.veikart.roadmap.implementation.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A super-user of one shift of a unit; INITIATIVE_ID repeats the unit's so a plan is read in one query per table. */
@Table("IMPL_SUPER_USER")
public interface ImplSuperUserEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @NotNull
    @Indexed
    long getUnitId();

    void setUnitId(long id);

    @StringLength(255)
    String getName();

    void setName(String name);

    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @StringLength(16)
    String getShiftKey();

    void setShiftKey(String shift);

    Date getFromDate();

    void setFromDate(Date date);

    Date getToDate();

    void setToDate(Date date);
}
