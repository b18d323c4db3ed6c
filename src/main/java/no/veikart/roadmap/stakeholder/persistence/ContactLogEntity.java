package no.veikart.roadmap.stakeholder.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One contact with a stakeholder: when, in which phase, by whom, what was agreed. */
@Preload
@Table("CONTACT_LOG")
public interface ContactLogEntity extends Entity {
    @NotNull
    @Indexed
    long getStakeholderId();

    void setStakeholderId(long id);

    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    Date getContactDate();

    void setContactDate(Date date);

    @StringLength(64)
    String getPhaseKey();

    void setPhaseKey(String phase);

    @StringLength(255)
    String getByKey();

    void setByKey(String key);

    @StringLength(255)
    String getByName();

    void setByName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getAgreed();

    void setAgreed(String agreed);
}
