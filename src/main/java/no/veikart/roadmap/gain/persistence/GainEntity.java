package no.veikart.roadmap.gain.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One expected gain of an initiative. Baseline and target values are exact decimals kept as plain text (Active
 * Objects has no decimal column type, and a double would turn 0.1 into 0.1000000000000000055…). Column names avoid SQL
 * reserved words (TYPE, VALUE, METHOD) on every database.
 */
@Preload
@Table("GAIN")
public interface GainEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @StringLength(32)
    String getGainType();

    void setGainType(String type);

    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    @StringLength(255)
    String getIndicator();

    void setIndicator(String indicator);

    @StringLength(32)
    String getUnitKey();

    void setUnitKey(String unit);

    @StringLength(8)
    String getCurrencyCode();

    void setCurrencyCode(String currency);

    @StringLength(64)
    String getBaselineValue();

    void setBaselineValue(String value);

    Date getBaselineDate();

    void setBaselineDate(Date date);

    @StringLength(64)
    String getTargetValue();

    void setTargetValue(String value);

    Date getTargetDate();

    void setTargetDate(Date date);

    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String owner);

    @StringLength(StringLength.UNLIMITED)
    String getMeasureMethod();

    void setMeasureMethod(String method);

    @StringLength(32)
    String getFrequencyKey();

    void setFrequencyKey(String frequency);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
