package no.veikart.roadmap.reporting.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An organisational unit; UNIT_KEY (lower-case "sector/department") is unique, so no unit is listed twice. */
@Table("ORG_UNIT")
public interface OrgUnitEntity extends Entity {
    @NotNull
    @Unique
    @StringLength(255)
    String getUnitKey();

    void setUnitKey(String key);

    @NotNull
    @StringLength(120)
    String getSector();

    void setSector(String sector);

    @NotNull
    @StringLength(120)
    String getDepartment();

    void setDepartment(String department);
}
