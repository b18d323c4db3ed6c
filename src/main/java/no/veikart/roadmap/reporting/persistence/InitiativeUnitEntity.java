package no.veikart.roadmap.reporting.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Which organisational unit an initiative belongs to (UNIT_ID null: none any more); one row per initiative. */
@Table("INITIATIVE_UNIT")
public interface InitiativeUnitEntity extends Entity {
    @NotNull
    @Unique
    long getInitiativeId();

    void setInitiativeId(long id);

    @Indexed
    Long getUnitId();

    void setUnitId(Long id);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
