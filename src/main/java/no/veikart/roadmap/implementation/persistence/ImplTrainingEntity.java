package no.veikart.roadmap.implementation.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A training session of a unit; HOURS as text keeps the decimal exact on every database. */
@Table("IMPL_TRAINING")
public interface ImplTrainingEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @NotNull
    @Indexed
    long getUnitId();

    void setUnitId(long id);

    Date getSessionDate();

    void setSessionDate(Date date);

    @StringLength(16)
    String getKindKey();

    void setKindKey(String kind);

    int getTrained();

    void setTrained(int trained);

    @StringLength(255)
    String getTrainer();

    void setTrainer(String trainer);

    @StringLength(32)
    String getTrainingHours();

    void setTrainingHours(String hours);
}
