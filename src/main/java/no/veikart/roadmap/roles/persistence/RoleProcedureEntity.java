package no.veikart.roadmap.roles.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A row of a HUKI matrix. POSITION_NO avoids POSITION, a function name in several databases. */
@Table("ROLE_PROCEDURE")
public interface RoleProcedureEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @StringLength(255)
    String getName();

    void setName(String name);

    @NotNull
    int getPositionNo();

    void setPositionNo(int position);
}
