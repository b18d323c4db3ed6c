package no.veikart.roadmap.gain.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One dated value of a gain's indicator. The initiative id is kept too, so one indexed query reads a whole plan. */
@Preload
@Table("GAIN_MEASUREMENT")
public interface MeasurementEntity extends Entity {
    @NotNull
    @Indexed
    long getGainId();

    void setGainId(long id);

    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @StringLength(64)
    String getMeasuredValue();

    void setMeasuredValue(String value);

    Date getMeasuredOn();

    void setMeasuredOn(Date date);

    @StringLength(255)
    String getRecordedBy();

    void setRecordedBy(String userKey);

    @StringLength(StringLength.UNLIMITED)
    String getCommentText();

    void setCommentText(String comment);
}
