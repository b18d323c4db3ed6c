package no.veikart.roadmap.stakeholder.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A stakeholder of one initiative. Column names avoid SQL reserved words (GROUP, LEVEL) on every database. */
@Preload
@Table("STAKEHOLDER")
public interface StakeholderEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @StringLength(255)
    String getName();

    void setName(String name);

    @StringLength(255)
    String getGroupName();

    void setGroupName(String group);

    @StringLength(64)
    String getLevelKey();

    void setLevelKey(String level);

    @StringLength(StringLength.UNLIMITED)
    String getEffect();

    void setEffect(String effect);

    @NotNull
    int getAttitude();

    void setAttitude(int attitude);

    @NotNull
    int getDesiredAttitude();

    void setDesiredAttitude(int attitude);

    @NotNull
    int getInfluence();

    void setInfluence(int influence);

    @NotNull
    int getInterest();

    void setInterest(int interest);

    @StringLength(64)
    String getInvolvement();

    void setInvolvement(String involvement);

    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String owner);

    Date getLastContact();

    void setLastContact(Date date);

    @Indexed
    Date getNextContact();

    void setNextContact(Date date);

    @StringLength(StringLength.UNLIMITED)
    String getNotes();

    void setNotes(String notes);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
