package no.veikart.roadmap.gain.persistence.upgrade;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.EntityManager;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.test.jdbc.DatabaseUpdater;

/**
 * The gain tables as released at model version 1 (before any upgrade task), frozen: what an installation that
 * upgrades from that release has in its database. Never change these copies.
 */
public final class GainSchemaV1 implements DatabaseUpdater {

    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(GainV1.class, MeasurementV1.class);
    }

    @Preload
    @Table("GAIN")
    public interface GainV1 extends Entity {
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

    @Preload
    @Table("GAIN_MEASUREMENT")
    public interface MeasurementV1 extends Entity {
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
}
