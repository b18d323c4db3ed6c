package no.veikart.roadmap.roles.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A column of a HUKI matrix; STAKEHOLDER_ID is a stakeholder of the same initiative, or null. */
@Table("ROLE_ACTOR")
public interface RoleActorEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @StringLength(255)
    String getName();

    void setName(String name);

    @StringLength(16)
    String getKindKey();

    void setKindKey(String kind);

    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    Long getStakeholderId();

    void setStakeholderId(Long id);

    @NotNull
    int getPositionNo();

    void setPositionNo(int position);
}
