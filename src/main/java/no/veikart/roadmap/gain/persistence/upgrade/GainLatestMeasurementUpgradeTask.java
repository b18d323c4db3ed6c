package no.veikart.roadmap.gain.persistence.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.Query;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 2: the gain table gets its latest measurement denormalised ({@code LATEST_VALUE},
 * {@code LATEST_MEASURED_ON}, {@code MEASUREMENT_COUNT}) so that reports read one row per gain instead of every
 * measurement, and the columns are filled from the measurement table for the data already there.
 *
 * <p>Frozen: the nested {@link GainV2} and {@link MeasurementV2} are the two tables exactly as they are at model
 * version 2, whatever the live entities look like later; a later schema change gets its own task with its own copies.
 * The task never touches {@code ROW_VERSION}: the backfill is not an edit, so versions clients hold stay valid.
 *
 * <p>Idempotent: the values are computed from the measurements every time and a row is written only when they
 * differ, so a second run (a retry after a failure, or two nodes) changes nothing. Memory: one small entry per gain
 * that has measurements; gains are read in pages by id.
 */
public final class GainLatestMeasurementUpgradeTask implements ActiveObjectsUpgradeTask {

    static final ModelVersion VERSION = ModelVersion.valueOf("2");
    private static final Logger LOG = LoggerFactory.getLogger(GainLatestMeasurementUpgradeTask.class);
    private static final int DEFAULT_PAGE_SIZE = 500;

    private final int pageSize;

    public GainLatestMeasurementUpgradeTask() {
        this(DEFAULT_PAGE_SIZE);
    }

    /** Tests use a small page to cross page boundaries with little data. */
    GainLatestMeasurementUpgradeTask(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** {@code AO_CEC056_GAIN} at model version 2. */
    @Preload
    @Table("GAIN")
    public interface GainV2 extends Entity {
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

    /** {@code AO_CEC056_GAIN_MEASUREMENT} at model version 2 (unchanged since version 1). */
    @Preload
    @Table("GAIN_MEASUREMENT")
    public interface MeasurementV2 extends Entity {
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

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(GainV2.class, MeasurementV2.class);
        Map<Long, Latest> latestByGain = latestMeasurements(ao);
        int gains = 0;
        int changed = 0;
        int lastId = 0;
        while (true) {
            GainV2[] page = ao.find(GainV2.class, Query.select().where("ID > ?", lastId).order("ID ASC").limit(pageSize));
            for (GainV2 gain : page) {
                gains++;
                if (apply(gain, latestByGain.getOrDefault((long) gain.getID(), Latest.NONE))) {
                    changed++;
                }
                lastId = gain.getID();
            }
            if (page.length < pageSize) {
                break;
            }
        }
        LOG.info("Gain latest measurement (model version {}): {} gains read, {} filled in from {} -> {}",
                VERSION, gains, changed, currentVersion, VERSION);
    }

    /** One pass over the measurements (id, gain, value and date only; read-only rows, nothing cached). */
    private static Map<Long, Latest> latestMeasurements(ActiveObjects ao) {
        Map<Long, Latest> latest = new HashMap<>();
        ao.stream(MeasurementV2.class, Query.select("ID, GAIN_ID, MEASURED_VALUE, MEASURED_ON"),
                m -> latest.merge(m.getGainId(), Latest.of(m), Latest::merge));
        return latest;
    }

    private static boolean apply(GainV2 gain, Latest latest) {
        if (Objects.equals(gain.getLatestValue(), latest.value)
                && sameInstant(gain.getLatestMeasuredOn(), latest.measuredOn)
                && gain.getMeasurementCount() == latest.count) {
            return false;
        }
        gain.setLatestValue(latest.value);
        gain.setLatestMeasuredOn(latest.measuredOn);
        gain.setMeasurementCount(latest.count);
        gain.save();
        return true;
    }

    /** Drivers hand back {@code java.sql.Timestamp}, whose equals refuses a plain Date: compare the instants. */
    private static boolean sameInstant(Date a, Date b) {
        return a == null ? b == null : b != null && a.getTime() == b.getTime();
    }

    /**
     * A gain's latest measurement so far and how many it has: the greatest date wins, ties go to the greater id;
     * measurements without a date are counted but never latest (the repository's rule).
     */
    private record Latest(int id, String value, Date measuredOn, int count) {
        static final Latest NONE = new Latest(0, null, null, 0);

        static Latest of(MeasurementV2 m) {
            Date on = m.getMeasuredOn();
            return on == null ? new Latest(0, null, null, 1) : new Latest(m.getID(), m.getMeasuredValue(), on, 1);
        }

        Latest merge(Latest other) {
            Latest newer = newer(other) ? other : this;
            return new Latest(newer.id, newer.value, newer.measuredOn, count + other.count);
        }

        private boolean newer(Latest other) {
            if (other.measuredOn == null) {
                return false;
            }
            if (measuredOn == null) {
                return true;
            }
            int byDate = other.measuredOn.compareTo(measuredOn);
            return byDate > 0 || byDate == 0 && other.id > id;
        }
    }
}
