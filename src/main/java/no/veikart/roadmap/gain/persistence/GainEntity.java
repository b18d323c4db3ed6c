package no.veikart.roadmap.gain.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One expected gain of an initiative. Baseline and target values are exact decimals kept as plain text (Active
 * Objects has no decimal column type, and a double would turn 0.1 into 0.1000000000000000055…). Column names avoid SQL
 * reserved words (TYPE, VALUE, METHOD) on every database.
 *
 * <p>Model version 2 ({@code upgrade.GainLatestMeasurementUpgradeTask}) added the latest measurement, denormalised so
 * that reports need not read every measurement: {@code LATEST_VALUE}, {@code LATEST_MEASURED_ON} (the measurement
 * with the greatest date, ties by greatest id; null without measurements) and {@code MEASUREMENT_COUNT}.
 * {@link AoGainRepository} keeps them in step in the transaction that changes the measurements. Schema changes go
 * through an upgrade task with its own frozen copy of this interface; never edit a released column here alone.
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

    @StringLength(64)
    String getLatestValue();

    void setLatestValue(String value);

    Date getLatestMeasuredOn();

    void setLatestMeasuredOn(Date date);

    @NotNull
    @Default("0")
    int getMeasurementCount();

    void setMeasurementCount(int count);
}
