package no.veikart.roadmap.roles.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A non-empty cell of a HUKI matrix; RESPONSIBILITY is the enum's name (ROLE is reserved in some databases). */
@Table("ROLE_CELL")
public interface RoleCellEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @NotNull
    long getProcedureId();

    void setProcedureId(long id);

    @NotNull
    long getActorId();

    void setActorId(long id);

    @StringLength(16)
    String getResponsibility();

    void setResponsibility(String role);
}
