package no.veikart.roadmap.gain.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import net.java.ao.test.jdbc.Data;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.Frequency;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainRepository;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.gain.domain.MeasurementAdded;
import no.veikart.roadmap.gain.domain.Unit;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import org.junit.Assume;
import org.junit.Test;

/** Gain storage on a real database; run by the H2 and PostgreSQL subclasses. */
@Data(GainSchema.class)
public abstract class GainRepositoryContract extends ActiveObjectsTestSupport {

    /** The repository under test; {@code InMemoryGainsContractTest} puts the test fake through the same tests. */
    protected GainRepository repository() {
        return new AoGainRepository(activeObjects());
    }

    /** False for a repository without the gain table (its denormalised columns are checked on the table itself). */
    protected boolean hasGainTable() {
        return true;
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Kerteminde DigiRehab: 15 000 care hours a year for 50 citizens, 13 650 by the end of 2021. */
    private static Gain careHours(long initiativeId) {
        return new Gain(0, initiativeId, GainType.TIME, "Færre plejetimer efter DigiRehab", "Plejetimer pr. år for 50 borgere",
                Unit.HOURS, null, d("15000"), LocalDate.of(2021, 1, 1), d("13650"), LocalDate.of(2021, 12, 31), "member",
                "Visiterede timer fra omsorgssystemet;\nopgjort månedligt. " + "x".repeat(2500), Frequency.MONTHLY, 0);
    }

    private static Gain savedMoney(long initiativeId) {
        return new Gain(0, initiativeId, GainType.COST, "Lavere vikarutgifter – Ålesund", null, Unit.CURRENCY, Currency.NOK,
                d("1234567.8912"), LocalDate.of(2024, 2, 29), d("0.1"), LocalDate.of(2026, 12, 31), null, null,
                Frequency.QUARTERLY, 0);
    }

    private static Measurement measurement(long gainId, String value, LocalDate date) {
        return new Measurement(0, gainId, d(value), date, "member", "Månedsrapport fra DigiRehab");
    }

    @Test
    public void gainsRoundTripWithExactDecimalsDatesAndUnicode() {
        Gain hours = repository().create(careHours(7));
        Gain money = repository().create(savedMoney(7));

        assertTrue(hours.id() > 0);
        assertEquals(0, hours.version());
        assertEquals(hours, repository().find(hours.id()).orElseThrow());
        Gain loaded = repository().find(money.id()).orElseThrow();
        assertEquals(money, loaded);
        assertEquals("1234567.8912", loaded.baselineValue().toPlainString());
        assertEquals("0.1", loaded.targetValue().toPlainString());
        assertEquals(LocalDate.of(2024, 2, 29), loaded.baselineDate());
        assertEquals(Currency.NOK, loaded.currency());
        assertEquals(List.of(hours, money), repository().findByInitiative(7));
        assertEquals(2, repository().countByInitiative(7));
        assertTrue(repository().find(hours.id() + 1000).isEmpty());
    }

    @Test
    public void updatesAndDeletesAreVersionChecked() {
        Gain created = repository().create(careHours(8));
        Gain changed = new Gain(created.id(), 8, GainType.TIME, "Færre plejetimer", null, Unit.HOURS, null, d("15000"),
                LocalDate.of(2021, 1, 1), d("13500"), LocalDate.of(2022, 6, 30), null, null, Frequency.QUARTERLY, 0);

        Gain updated = repository().update(changed, 0);

        assertEquals(1, updated.version());
        assertEquals(changed.withVersion(1), repository().find(created.id()).orElseThrow());
        assertThrows(RoadmapException.Conflict.class, () -> repository().update(changed, 0));
        assertThrows(RoadmapException.Conflict.class, () -> repository().delete(created.id(), 0));
        repository().delete(created.id(), 1);
        assertFalse(repository().find(created.id()).isPresent());
        assertThrows(RoadmapException.Conflict.class, () -> repository().update(changed, 1));
    }

    @Test
    public void measurementsRaiseTheGainVersionAndAreReadInDateOrder() {
        Gain gain = repository().create(careHours(9));

        MeasurementAdded march = repository().addMeasurement(measurement(gain.id(), "14500.5", LocalDate.of(2021, 3, 31)), 0);
        MeasurementAdded january = repository().addMeasurement(measurement(gain.id(), "15100", LocalDate.of(2021, 1, 31)), 1);

        assertTrue(march.measurement().id() > 0);
        assertEquals(1, march.gain().version());
        assertEquals(2, january.gain().version());
        assertThrows(RoadmapException.Conflict.class,
                () -> repository().addMeasurement(measurement(gain.id(), "1", LocalDate.of(2021, 2, 1)), 1));
        List<Measurement> stored = repository().findMeasurements(gain.id());
        assertEquals(List.of(january.measurement(), march.measurement()), stored);
        assertEquals("14500.5", stored.get(1).value().toPlainString());
        assertEquals("Månedsrapport fra DigiRehab", stored.get(1).comment());
        assertEquals("member", stored.get(1).recordedByKey());
        assertEquals(2, repository().countMeasurements(gain.id()));
        assertEquals(2, repository().find(gain.id()).orElseThrow().version());
    }

    @Test
    public void measurementsAreRemovedOneByOneOrWithTheirGain() {
        Gain gain = repository().create(careHours(10));
        Gain other = repository().create(careHours(10));
        Measurement first = repository().addMeasurement(measurement(gain.id(), "14900", LocalDate.of(2021, 2, 28)), 0).measurement();
        repository().addMeasurement(measurement(gain.id(), "14800", LocalDate.of(2021, 3, 31)), 1);
        Measurement foreign = repository().addMeasurement(measurement(other.id(), "1", LocalDate.of(2021, 3, 31)), 0).measurement();

        assertThrows(RoadmapException.Conflict.class, () -> repository().deleteMeasurement(gain.id(), first.id(), 1));
        assertThrows(RoadmapException.NotFound.class, () -> repository().deleteMeasurement(gain.id(), foreign.id(), 2));
        Gain after = repository().deleteMeasurement(gain.id(), first.id(), 2);

        assertEquals(3, after.version());
        assertEquals(1, repository().findMeasurements(gain.id()).size());
        repository().delete(gain.id(), 3);
        assertEquals(0, repository().countMeasurements(gain.id()));
        assertEquals(List.of(foreign), repository().findMeasurements(other.id()));
    }

    /** The denormalised latest measurement on the gain row, as a portfolio report would read it. */
    private record LatestColumns(String value, LocalDate measuredOn, int count) {
    }

    private LatestColumns latestColumns(long gainId) {
        activeObjects().flushAll();
        GainEntity row = activeObjects().find(GainEntity.class, "ID = ?", gainId)[0];
        return new LatestColumns(row.getLatestValue(), AoGainRepository.toLocalDate(row.getLatestMeasuredOn()),
                row.getMeasurementCount());
    }

    @Test
    public void theGainRowKeepsItsLatestMeasurementInStep() {
        Assume.assumeTrue(hasGainTable());
        Gain gain = repository().create(careHours(11));
        Gain other = repository().create(careHours(11));
        assertEquals(new LatestColumns(null, null, 0), latestColumns(gain.id()));

        repository().addMeasurement(measurement(gain.id(), "14500.5", LocalDate.of(2021, 3, 31)), 0);
        assertEquals(new LatestColumns("14500.5", LocalDate.of(2021, 3, 31), 1), latestColumns(gain.id()));
        // An earlier date recorded later does not become the latest.
        repository().addMeasurement(measurement(gain.id(), "15100", LocalDate.of(2021, 1, 31)), 1);
        assertEquals(new LatestColumns("14500.5", LocalDate.of(2021, 3, 31), 2), latestColumns(gain.id()));
        // Same date: the later entry (greater id) wins.
        Measurement correction = repository().addMeasurement(measurement(gain.id(), "14480", LocalDate.of(2021, 3, 31)), 2)
                .measurement();
        assertEquals(new LatestColumns("14480", LocalDate.of(2021, 3, 31), 3), latestColumns(gain.id()));
        repository().addMeasurement(measurement(other.id(), "1", LocalDate.of(2022, 1, 31)), 0);

        repository().deleteMeasurement(gain.id(), correction.id(), 3);
        assertEquals(new LatestColumns("14500.5", LocalDate.of(2021, 3, 31), 2), latestColumns(gain.id()));
        assertThrows(RoadmapException.Conflict.class,
                () -> repository().addMeasurement(measurement(gain.id(), "1", LocalDate.of(2023, 1, 1)), 3));
        assertEquals(new LatestColumns("14500.5", LocalDate.of(2021, 3, 31), 2), latestColumns(gain.id()));
        for (Measurement m : repository().findMeasurements(gain.id())) {
            repository().deleteMeasurement(gain.id(), m.id(), repository().find(gain.id()).orElseThrow().version());
        }
        assertEquals(new LatestColumns(null, null, 0), latestColumns(gain.id()));
        assertEquals(new LatestColumns("1", LocalDate.of(2022, 1, 31), 1), latestColumns(other.id()));
        // Editing the gain itself leaves the columns alone.
        repository().update(careHours(11).withId(other.id()), 1);
        assertEquals(new LatestColumns("1", LocalDate.of(2022, 1, 31), 1), latestColumns(other.id()));
        assertEquals(LocalDate.of(2022, 1, 31), repository().findMeasurementSchedules().stream()
                .filter(s -> s.gain().id() == other.id()).findFirst().orElseThrow().lastMeasuredOn());
    }

    @Test
    public void severalInitiativesAreReadTogetherAcrossChunks() {
        for (long initiative = 20; initiative < 25; initiative++) {
            Gain g = repository().create(careHours(initiative));
            repository().addMeasurement(measurement(g.id(), "14000", LocalDate.of(2021, 6, 30)), 0);
        }
        List<Long> many = LongStream.rangeClosed(1, 1200).boxed().toList();

        assertEquals(3, repository().findByInitiatives(List.of(20L, 21L, 24L)).size());
        assertEquals(5, repository().findByInitiatives(many).size());
        assertEquals(5, repository().findMeasurementsByInitiatives(many).size());
        assertEquals(1, repository().findMeasurementsByInitiatives(List.of(22L)).size());
        assertTrue(repository().findByInitiatives(List.of()).isEmpty());
    }

    @Test
    public void economicsAreCreatedOnceAndThenVersionChecked() {
        Economics kerteminde = new Economics(30, d("750"), Currency.DKK, d("4"), 5, d("500000"), d("100000"), d("4"), 60, 0);

        Economics created = repository().saveEconomics(kerteminde, null);

        assertEquals(kerteminde, created);
        assertEquals(kerteminde, repository().findEconomics(30).orElseThrow());
        assertThrows(RoadmapException.Conflict.class, () -> repository().saveEconomics(kerteminde, null));
        Economics changed = new Economics(30, d("812.5"), Currency.DKK, d("3.5"), 10, null, null, null, 0, 0);
        Economics updated = repository().saveEconomics(changed, 0L);
        assertEquals(changed.withVersion(1), updated);
        assertEquals("812.5", repository().findEconomics(30).orElseThrow().hourlyRate().toPlainString());
        assertThrows(RoadmapException.Conflict.class, () -> repository().saveEconomics(changed, 0L));
        assertThrows(RoadmapException.Conflict.class,
                () -> repository().saveEconomics(new Economics(31, d("1"), Currency.SEK, null, 1, null, null, null, 0, 0), 0L));
        assertTrue(repository().findEconomics(31).isEmpty());
        assertEquals(Map.of(30L, changed.withVersion(1)), repository().findEconomicsByInitiatives(List.of(30L, 31L)));
    }

    @Test
    public void tablesAndColumnsFitEveryDatabase() throws Exception {
        List<String> tables = tableNames();
        for (String expected : List.of("AO_CEC056_GAIN", "AO_CEC056_GAIN_MEASUREMENT", "AO_CEC056_GAIN_ECONOMICS")) {
            assertTrue(expected + " in " + tables, tables.stream().anyMatch(expected::equalsIgnoreCase));
            assertTrue(expected, expected.length() <= 30);
        }
        String gainTable = tables.stream().filter("AO_CEC056_GAIN"::equalsIgnoreCase).findFirst().orElseThrow();
        List<String> columns = columnNames(gainTable).stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList();
        assertTrue("columns: " + columns, columns.containsAll(List.of("ID", "INITIATIVE_ID", "GAIN_TYPE", "BASELINE_VALUE",
                "TARGET_DATE", "MEASURE_METHOD", "FREQUENCY_KEY", "ROW_VERSION",
                "LATEST_VALUE", "LATEST_MEASURED_ON", "MEASUREMENT_COUNT")));
        columns.forEach(c -> assertTrue(c, c.length() <= 30));
    }
}
