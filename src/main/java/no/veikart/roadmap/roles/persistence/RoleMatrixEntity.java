package no.veikart.roadmap.roles.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** The version of one initiative's HUKI matrix: the whole matrix is saved against it. */
@Table("ROLE_MATRIX")
public interface RoleMatrixEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
