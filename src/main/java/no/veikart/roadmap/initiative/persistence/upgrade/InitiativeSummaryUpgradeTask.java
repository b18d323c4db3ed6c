package no.veikart.roadmap.initiative.persistence.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.Query;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.Frequency;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainCalculator;
import no.veikart.roadmap.gain.domain.GainFigures;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.gain.domain.Unit;
import no.veikart.roadmap.stakeholder.domain.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 3: the portfolio read model's table ({@code AO_CEC056_INIT_SUMMARY}) is created and filled with one
 * row per existing initiative, computed from the source tables by the features' own rules ({@link Level#names},
 * {@link GainFigures#of}). From then on the repositories keep the rows in step inside each change's transaction.
 *
 * <p>Frozen: {@link SummaryV3} is the table as it is at version 3, and the source tables are read through copies of the
 * columns this task reads, exactly as declared at version 3 ({@link InitiativeV3}, …), so later versions cannot change
 * what it does. They are migrated too (Active Objects' migrate never drops columns): on a fresh install the tasks run
 * before the live entities exist. Five streamed queries, whatever the number of initiatives.
 *
 * <p>Idempotent: a row is written only when it differs from what is stored, so a second run changes nothing.
 */
public final class InitiativeSummaryUpgradeTask implements ActiveObjectsUpgradeTask {

    static final ModelVersion VERSION = ModelVersion.valueOf("3");
    private static final Logger LOG = LoggerFactory.getLogger(InitiativeSummaryUpgradeTask.class);

    /** {@code AO_CEC056_INIT_SUMMARY} at model version 3. */
    @Preload
    @Table("INIT_SUMMARY")
    public interface SummaryV3 extends Entity {
        @NotNull
        @Indexed
        long getInitiativeId();

        void setInitiativeId(long id);

        @NotNull
        @Indexed
        long getIssueId();

        void setIssueId(long id);

        @StringLength(255)
        String getIssueKey();

        void setIssueKey(String key);

        @Indexed
        @StringLength(255)
        String getProjectKey();

        void setProjectKey(String key);

        @StringLength(255)
        String getSummary();

        void setSummary(String summary);

        @StringLength(255)
        String getCurrentPhase();

        void setCurrentPhase(String phase);

        @StringLength(32)
        String getStatus();

        void setStatus(String status);

        @StringLength(255)
        String getLevelsPresent();

        void setLevelsPresent(String levels);

        @StringLength(255)
        String getLevelsAnchored();

        void setLevelsAnchored(String levels);

        @StringLength(StringLength.UNLIMITED)
        String getGainMoney();

        void setGainMoney(String money);

        @StringLength(450)
        String getGainHours();

        void setGainHours(String hours);

        @StringLength(StringLength.UNLIMITED)
        String getGainDues();

        void setGainDues(String dues);

        Integer getHighestResidualRisk();

        void setHighestResidualRisk(Integer risk);

        Integer getUnitsLiveWithoutCover();

        void setUnitsLiveWithoutCover(Integer units);

        @StringLength(16)
        String getStatusReportColour();

        void setStatusReportColour(String colour);
    }

    /** The columns of {@code AO_CEC056_INITIATIVE} this task reads, as at version 3 (read only). */
    @Table("INITIATIVE")
    public interface InitiativeV3 extends Entity {
        @NotNull
        @Indexed
        long getIssueId();

        @StringLength(255)
        String getIssueKey();

        @Indexed
        @StringLength(255)
        String getProjectKey();

        @StringLength(255)
        String getSummary();

        @StringLength(64)
        String getCurrentPhase();

        @Indexed
        @StringLength(32)
        String getStatus();
    }

    /** {@code AO_CEC056_STAKEHOLDER}'s initiative and level, as at version 3 (read only). */
    @Table("STAKEHOLDER")
    public interface StakeholderV3 extends Entity {
        @NotNull
        @Indexed
        long getInitiativeId();

        @StringLength(64)
        String getLevelKey();
    }

    /** {@code AO_CEC056_ANCHOR_STATUS} as at version 3 (read only). */
    @Table("ANCHOR_STATUS")
    public interface AnchorStatusV3 extends Entity {
        @NotNull
        @Indexed
        long getStakeholderId();

        @NotNull
        @Indexed
        long getInitiativeId();

        @StringLength(64)
        String getPhaseKey();

        @StringLength(32)
        String getStatus();
    }

    /** The columns of {@code AO_CEC056_GAIN} the figures need, as at version 3 (read only). */
    @Table("GAIN")
    public interface GainV3 extends Entity {
        @NotNull
        @Indexed
        long getInitiativeId();

        @StringLength(32)
        String getGainType();

        @StringLength(32)
        String getUnitKey();

        @StringLength(8)
        String getCurrencyCode();

        @StringLength(64)
        String getBaselineValue();

        Date getBaselineDate();

        @StringLength(64)
        String getTargetValue();

        Date getTargetDate();

        @StringLength(32)
        String getFrequencyKey();

        @StringLength(64)
        String getLatestValue();

        Date getLatestMeasuredOn();
    }

    /** {@code AO_CEC056_GAIN_ECONOMICS}'s hourly rate and currency, as at version 3 (read only). */
    @Table("GAIN_ECONOMICS")
    public interface EconomicsV3 extends Entity {
        @NotNull
        @Indexed
        long getInitiativeId();

        @StringLength(64)
        String getHourlyRate();

        @StringLength(8)
        String getCurrencyCode();

        @NotNull
        int getHorizonYears();
    }

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // Non-destructive: on an existing schema this creates the summary table and changes nothing else; on a fresh
        // install (tasks run before the live entities are migrated) it creates the source tables' columns read here.
        ao.migrate(SummaryV3.class, InitiativeV3.class, StakeholderV3.class, AnchorStatusV3.class, GainV3.class,
                EconomicsV3.class);
        Map<Long, Row> rows = new TreeMap<>();
        ao.stream(InitiativeV3.class, Query.select("ID, ISSUE_ID, ISSUE_KEY, PROJECT_KEY, SUMMARY, CURRENT_PHASE, STATUS"),
                i -> rows.put((long) i.getID(), new Row(i.getIssueId(), i.getIssueKey(), i.getProjectKey(),
                        i.getSummary(), i.getCurrentPhase(), i.getStatus())));
        Map<Long, Level> levelOfStakeholder = new HashMap<>();
        ao.stream(StakeholderV3.class, Query.select("ID, INITIATIVE_ID, LEVEL_KEY"), s -> {
            Row row = rows.get(s.getInitiativeId());
            Level level = Level.byName(s.getLevelKey());
            if (row != null && level != null) {
                row.present.add(level);
                levelOfStakeholder.put((long) s.getID(), level);
            }
        });
        ao.stream(AnchorStatusV3.class, Query.select("ID, STAKEHOLDER_ID, INITIATIVE_ID, PHASE_KEY, STATUS")
                .where("STATUS = ?", "ANCHORED"), a -> {
                    Row row = rows.get(a.getInitiativeId());
                    Level level = levelOfStakeholder.get(a.getStakeholderId());
                    if (row != null && level != null && Objects.equals(a.getPhaseKey(), row.currentPhase)) {
                        row.anchored.add(level);
                    }
                });
        ao.stream(GainV3.class, Query.select("ID, INITIATIVE_ID, GAIN_TYPE, UNIT_KEY, CURRENCY_CODE, BASELINE_VALUE, "
                + "BASELINE_DATE, TARGET_VALUE, TARGET_DATE, FREQUENCY_KEY, LATEST_VALUE, LATEST_MEASURED_ON"), g -> {
                    Row row = rows.get(g.getInitiativeId());
                    if (row != null) {
                        Gain gain = gain(g);
                        row.gains.add(gain);
                        if (g.getLatestValue() != null && g.getLatestMeasuredOn() != null) {
                            row.latest.put(gain.id(), new Measurement(0, gain.id(), new BigDecimal(g.getLatestValue()),
                                    day(g.getLatestMeasuredOn()), null, null));
                        }
                    }
                });
        ao.stream(EconomicsV3.class, Query.select("ID, INITIATIVE_ID, HOURLY_RATE, CURRENCY_CODE, HORIZON_YEARS"), e -> {
            Row row = rows.get(e.getInitiativeId());
            // the repository's rule: the first economics row of an initiative counts
            if (row != null && (row.economicsId == 0 || e.getID() < row.economicsId)) {
                row.economicsId = e.getID();
                row.economics = new Economics(e.getInitiativeId(), decimal(e.getHourlyRate()),
                        Currency.valueOf(e.getCurrencyCode()), null, e.getHorizonYears(), null, null, null, 0, 0);
            }
        });
        int written = write(ao, rows, new GainCalculator());
        LOG.info("Portfolio read model (model version {}): {} initiatives, {} summary rows written, {} -> {}",
                VERSION, rows.size(), written, currentVersion, VERSION);
    }

    /** New rows go in batches of this many: one statement per batch, not two per row (40 000 rows on PostgreSQL). */
    static final int BATCH = 500;

    private static int write(ActiveObjects ao, Map<Long, Row> rows, GainCalculator calculator) {
        Map<Long, SummaryV3> stored = new HashMap<>();
        for (SummaryV3 s : ao.find(SummaryV3.class)) {
            stored.put(s.getInitiativeId(), s);
        }
        int written = 0;
        List<Map<String, Object>> created = new ArrayList<>();
        for (Map.Entry<Long, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            GainFigures figures = GainFigures.of(r.gains, r.latest, r.economics, calculator);
            SummaryV3 row = stored.get(e.getKey());
            String present = Level.names(r.present);
            String anchored = Level.names(r.anchored);
            if (row == null) {
                created.add(columns(e.getKey(), r, present, anchored, figures));
                if (created.size() == BATCH) {
                    ao.create(SummaryV3.class, created);
                    created.clear();
                }
                written++;
                continue;
            }
            if (row.getIssueId() == r.issueId && Objects.equals(row.getIssueKey(), r.issueKey)
                    && Objects.equals(row.getProjectKey(), r.projectKey) && Objects.equals(row.getSummary(), r.summary)
                    && Objects.equals(row.getCurrentPhase(), r.currentPhase) && Objects.equals(row.getStatus(), r.status)
                    && text(row.getLevelsPresent()).equals(present) && text(row.getLevelsAnchored()).equals(anchored)
                    && text(row.getGainMoney()).equals(figures.moneyText())
                    && text(row.getGainHours()).equals(figures.hoursText())
                    && text(row.getGainDues()).equals(figures.duesText())) {
                continue;
            }
            row.setIssueId(r.issueId);
            row.setIssueKey(r.issueKey);
            row.setProjectKey(r.projectKey);
            row.setSummary(r.summary);
            row.setCurrentPhase(r.currentPhase);
            row.setStatus(r.status);
            row.setLevelsPresent(present);
            row.setLevelsAnchored(anchored);
            row.setGainMoney(figures.moneyText());
            row.setGainHours(figures.hoursText());
            row.setGainDues(figures.duesText());
            row.save();
            written++;
        }
        if (!created.isEmpty()) {
            ao.create(SummaryV3.class, created);
        }
        return written;
    }

    /** A new row's columns (AO's names); nulls are written as NULL. */
    private static Map<String, Object> columns(long initiativeId, Row r, String present, String anchored,
            GainFigures figures) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("INITIATIVE_ID", initiativeId);
        columns.put("ISSUE_ID", r.issueId);
        columns.put("ISSUE_KEY", r.issueKey);
        columns.put("PROJECT_KEY", r.projectKey);
        columns.put("SUMMARY", r.summary);
        columns.put("CURRENT_PHASE", r.currentPhase);
        columns.put("STATUS", r.status);
        columns.put("LEVELS_PRESENT", present);
        columns.put("LEVELS_ANCHORED", anchored);
        columns.put("GAIN_MONEY", figures.moneyText());
        columns.put("GAIN_HOURS", figures.hoursText());
        columns.put("GAIN_DUES", figures.duesText());
        return columns;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** An initiative's source rows, gathered from the five streams. */
    private static final class Row {
        final long issueId;
        final String issueKey;
        final String projectKey;
        final String summary;
        final String currentPhase;
        final String status;
        final EnumSet<Level> present = EnumSet.noneOf(Level.class);
        final EnumSet<Level> anchored = EnumSet.noneOf(Level.class);
        final List<Gain> gains = new ArrayList<>();
        final Map<Long, Measurement> latest = new HashMap<>();
        int economicsId;
        Economics economics;

        Row(long issueId, String issueKey, String projectKey, String summary, String currentPhase, String status) {
            this.issueId = issueId;
            this.issueKey = issueKey;
            this.projectKey = projectKey;
            this.summary = summary;
            this.currentPhase = currentPhase;
            this.status = status;
        }
    }

    /** The figures need type, unit, currency, values, dates and frequency; titles and texts are left out. */
    private static Gain gain(GainV3 g) {
        return new Gain(g.getID(), g.getInitiativeId(), GainType.valueOf(g.getGainType()), null, null,
                Unit.valueOf(g.getUnitKey()), g.getCurrencyCode() == null ? null : Currency.valueOf(g.getCurrencyCode()),
                decimal(g.getBaselineValue()), day(g.getBaselineDate()), decimal(g.getTargetValue()),
                day(g.getTargetDate()), null, null, Frequency.valueOf(g.getFrequencyKey()), 0);
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isEmpty() ? null : new BigDecimal(text);
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
