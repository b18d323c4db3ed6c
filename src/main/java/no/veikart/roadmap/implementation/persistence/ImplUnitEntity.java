package no.veikart.roadmap.implementation.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A unit of roll-out of an initiative; SHIFTS holds the shift names comma-separated in their natural order. */
@Table("IMPL_UNIT")
public interface ImplUnitEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @NotNull
    int getPositionNo();

    void setPositionNo(int position);

    @StringLength(255)
    String getName();

    void setName(String name);

    int getStaff();

    void setStaff(int staff);

    @StringLength(64)
    String getShifts();

    void setShifts(String shifts);

    boolean isPilotUnit();

    void setPilotUnit(boolean pilot);

    boolean isTestUnit();

    void setTestUnit(boolean test);

    Date getPlannedGoLive();

    void setPlannedGoLive(Date date);

    @StringLength(16)
    String getStatusKey();

    void setStatusKey(String status);

    Date getWentLive();

    void setWentLive(Date date);

    Date getStableSince();

    void setStableSince(Date date);

    Date getMonitoringDate();

    void setMonitoringDate(Date date);

    @StringLength(StringLength.UNLIMITED)
    String getMonitoringOutcome();

    void setMonitoringOutcome(String outcome);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
