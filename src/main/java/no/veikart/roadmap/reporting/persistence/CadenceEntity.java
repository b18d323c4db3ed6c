package no.veikart.roadmap.reporting.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A project's reporting cadence; PROJECT_KEY is unique, so two nodes cannot both create one. */
@Table("REPORT_CADENCE")
public interface CadenceEntity extends Entity {
    @NotNull
    @Unique
    @StringLength(255)
    String getProjectKey();

    void setProjectKey(String key);

    @NotNull
    int getDueWorkingDay();

    void setDueWorkingDay(int day);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
