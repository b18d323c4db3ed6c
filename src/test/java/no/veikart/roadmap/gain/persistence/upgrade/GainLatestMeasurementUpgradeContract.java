package no.veikart.roadmap.gain.persistence.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.gain.persistence.AoGainRepository;
import no.veikart.roadmap.gain.persistence.EconomicsEntity;
import no.veikart.roadmap.gain.persistence.GainEntity;
import no.veikart.roadmap.gain.persistence.MeasurementEntity;
import no.veikart.roadmap.gain.persistence.upgrade.GainLatestMeasurementUpgradeTask.GainV2;
import no.veikart.roadmap.gain.persistence.upgrade.GainSchemaV1.GainV1;
import no.veikart.roadmap.gain.persistence.upgrade.GainSchemaV1.MeasurementV1;
import no.veikart.roadmap.platform.persistence.RevisionClaimEntity;
import no.veikart.roadmap.sandbox.ao.ModelVersionTable;
import no.veikart.roadmap.sandbox.host.AoBootstrap;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import org.junit.Test;

/**
 * Model version 1 → 2 on a real database: each test starts from the tables as released at version 1
 * ({@link GainSchemaV1}, created afresh because the tests are non-transactional and the runner drops everything
 * before each), loads data through the frozen v1 copies, and upgrades the way the host does
 * ({@link AoBootstrap#upgrade}: transaction, stored model version). Run by the H2 and PostgreSQL subclasses.
 */
@Data(GainSchemaV1.class)
public abstract class GainLatestMeasurementUpgradeContract extends ActiveObjectsTestSupport {

    private static final String NAMESPACE = "no.veikart.service-innovation-roadmap";

    /** Small pages, so five gains cross several page boundaries. */
    private final ActiveObjectsUpgradeTask task = new GainLatestMeasurementUpgradeTask(2);

    private static Date day(String isoDate) {
        return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private int gainV1(ActiveObjects ao, long initiative, String title, String baseline, String target) {
        GainV1 gain = ao.create(GainV1.class, new DBParam("INITIATIVE_ID", initiative), new DBParam("ROW_VERSION", 0L));
        gain.setGainType("TIME");
        gain.setTitle(title);
        gain.setIndicator("Plejetimer pr. år for 50 borgere");
        gain.setUnitKey("HOURS");
        gain.setBaselineValue(baseline);
        gain.setBaselineDate(day("2021-01-01"));
        gain.setTargetValue(target);
        gain.setTargetDate(day("2021-12-31"));
        gain.setOwnerKey("member");
        gain.setMeasureMethod("Visiterede timer fra omsorgssystemet;\nopgjort månedligt. " + "x".repeat(2000));
        gain.setFrequencyKey("MONTHLY");
        gain.setRowVersion(initiative % 5);
        gain.save();
        return gain.getID();
    }

    private int measurementV1(ActiveObjects ao, int gainId, long initiative, String value, String isoDate) {
        MeasurementV1 m = ao.create(MeasurementV1.class, new DBParam("GAIN_ID", (long) gainId),
                new DBParam("INITIATIVE_ID", initiative));
        m.setMeasuredValue(value);
        m.setMeasuredOn(isoDate == null ? null : day(isoDate));
        m.setRecordedBy("member");
        m.setCommentText("Månedsrapport");
        m.save();
        return m.getID();
    }

    /** The new columns of one gain as the upgrade should set them. */
    private record Latest(String value, Date measuredOn, int count) {
    }

    /**
     * Version-1 data with the cases that matter: measurements out of order, a tie on the latest date (the greater id
     * wins), a measurement without a date, gains without measurements, exact decimals. Returns the expected columns.
     */
    private Map<Integer, Latest> loadVersionOneData(ActiveObjects ao) {
        Map<Integer, Latest> expected = new HashMap<>();
        int care = gainV1(ao, 1, "Færre plejetimer efter DigiRehab", "15000", "13650");
        measurementV1(ao, care, 1, "14900", "2021-02-28");
        measurementV1(ao, care, 1, "13600", "2021-12-31");
        measurementV1(ao, care, 1, "14500.5", "2021-05-31");
        measurementV1(ao, care, 1, "99999", null);
        expected.put(care, new Latest("13600", day("2021-12-31"), 4));

        int none = gainV1(ao, 1, "Ingen målinger endnu", "0.1", "1234567.8912");
        expected.put(none, new Latest(null, null, 0));

        int tie = gainV1(ao, 2, "Samme dato to gange", "100", "50");
        measurementV1(ao, tie, 2, "90", "2021-03-31");
        measurementV1(ao, tie, 2, "80.25", "2021-06-30");
        int tieWinner = measurementV1(ao, tie, 2, "79.125", "2021-06-30");
        measurementV1(ao, tie, 2, "95", "2021-01-31");
        expected.put(tie, new Latest("79.125", day("2021-06-30"), 4));
        assertTrue(tieWinner > 0);

        int onlyUndated = gainV1(ao, 3, "Kun udaterede", "1", "2");
        measurementV1(ao, onlyUndated, 3, "1.5", null);
        expected.put(onlyUndated, new Latest(null, null, 1));

        int empty = gainV1(ao, 4, "Endnu en uden målinger", "10", "20");
        expected.put(empty, new Latest(null, null, 0));
        return expected;
    }

    /** Every version-1 column of every gain and measurement, in id order (dates as instants). */
    private List<List<Object>> versionOneRows(ActiveObjects ao) {
        ao.flushAll();
        List<List<Object>> rows = new ArrayList<>();
        for (GainV1 g : ao.find(GainV1.class, Query.select().order("ID ASC"))) {
            rows.add(Arrays.asList("gain", g.getID(), g.getInitiativeId(), g.getGainType(), g.getTitle(), g.getIndicator(),
                    g.getUnitKey(), g.getCurrencyCode(), g.getBaselineValue(), time(g.getBaselineDate()), g.getTargetValue(),
                    time(g.getTargetDate()), g.getOwnerKey(), g.getMeasureMethod(), g.getFrequencyKey(), g.getRowVersion()));
        }
        for (MeasurementV1 m : ao.find(MeasurementV1.class, Query.select().order("ID ASC"))) {
            rows.add(Arrays.asList("measurement", m.getID(), m.getGainId(), m.getInitiativeId(), m.getMeasuredValue(),
                    time(m.getMeasuredOn()), m.getRecordedBy(), m.getCommentText()));
        }
        return rows;
    }

    private Map<Integer, Latest> newColumns(ActiveObjects ao) {
        ao.flushAll();
        Map<Integer, Latest> columns = new HashMap<>();
        for (GainV2 g : ao.find(GainV2.class, Query.select().order("ID ASC"))) {
            columns.put(g.getID(), new Latest(g.getLatestValue(), normalise(g.getLatestMeasuredOn()), g.getMeasurementCount()));
        }
        return columns;
    }

    private static Long time(Date date) {
        return date == null ? null : date.getTime();
    }

    /** Drivers return java.sql.Timestamp; the expectations are plain Dates. */
    private static Date normalise(Date date) {
        return date == null ? null : new Date(date.getTime());
    }

    private ModelVersionTable versions() {
        return new ModelVersionTable(entityManager);
    }

    /** A database at model version 1 with {@link #loadVersionOneData}; returns the expected new columns. */
    private Map<Integer, Latest> atVersionOne(ActiveObjects ao) {
        Map<Integer, Latest> expected = loadVersionOneData(ao);
        versions().set(NAMESPACE, 1);
        return expected;
    }

    private ModelVersion upgrade(ActiveObjects ao) {
        return AoBootstrap.upgrade(NAMESPACE, List.of(task), ao, versions());
    }

    @Test
    @NonTransactional
    public void versionOneDataIsUpgradedWithNothingLost() throws Exception {
        ActiveObjects ao = activeObjects();
        Map<Integer, Latest> expected = atVersionOne(ao);
        List<List<Object>> before = versionOneRows(ao);
        String gainTable = table("AO_CEC056_GAIN");
        assertTrue(columns(gainTable).stream().noneMatch(c -> c.startsWith("LATEST_") || c.equals("MEASUREMENT_COUNT")));

        assertEquals("2", upgrade(ao).toString());

        assertEquals(2, versions().get(NAMESPACE));
        assertTrue(columns(gainTable).containsAll(List.of("LATEST_VALUE", "LATEST_MEASURED_ON", "MEASUREMENT_COUNT")));
        assertEquals(before, versionOneRows(ao));
        assertEquals(expected, newColumns(ao));
    }

    @Test
    @NonTransactional
    public void runningTheUpgradeTwiceChangesNothing() throws Exception {
        ActiveObjects ao = activeObjects();
        Map<Integer, Latest> expected = atVersionOne(ao);
        upgrade(ao);
        List<List<Object>> once = versionOneRows(ao);
        List<String> columnsOnce = columns(table("AO_CEC056_GAIN"));

        // Again by hand (a retry, or another node that started from version 1), and again through the host.
        ao.executeInTransaction(() -> {
            task.upgrade(ModelVersion.valueOf("1"), ao);
            return null;
        });
        assertEquals("2", upgrade(ao).toString());

        assertEquals(once, versionOneRows(ao));
        assertEquals(expected, newColumns(ao));
        assertEquals(columnsOnce, columns(table("AO_CEC056_GAIN")));
        assertEquals(2, versions().get(NAMESPACE));
    }

    @Test
    @NonTransactional
    @SuppressWarnings("unchecked")
    public void theFrozenCopyMatchesTheLiveEntitiesAndTheRepositoryCarriesOn() throws Exception {
        ActiveObjects ao = activeObjects();
        Map<Integer, Latest> expected = atVersionOne(ao);
        upgrade(ao);
        List<String> upgraded = columns(table("AO_CEC056_GAIN"));

        // What the host does after the tasks: migrate the live entities. It must find nothing left to add.
        ao.migrate(GainEntity.class, MeasurementEntity.class, EconomicsEntity.class, RevisionClaimEntity.class);
        assertEquals(upgraded, columns(table("AO_CEC056_GAIN")));

        int care = expected.entrySet().stream().filter(e -> e.getValue().count() == 4)
                .map(Map.Entry::getKey).min(Comparator.naturalOrder()).orElseThrow();
        AoGainRepository repository = new AoGainRepository(ao);
        long version = repository.find(care).orElseThrow().version();
        repository.addMeasurement(new Measurement(0, care, new BigDecimal("13550"), LocalDate.of(2022, 1, 31), "member", null),
                version);
        assertEquals(new Latest("13550", day("2022-01-31"), 5), newColumns(ao).get(care));
    }

    private String table(String name) throws Exception {
        return tableNames().stream().filter(name::equalsIgnoreCase).findFirst().orElseThrow();
    }

    private List<String> columns(String table) throws Exception {
        return columnNames(table).stream().map(c -> c.toUpperCase(Locale.ROOT)).sorted().toList();
    }
}
