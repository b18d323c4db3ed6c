package no.veikart.roadmap.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import no.veikart.roadmap.gain.domain.GainCalculator;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.persistence.AoGainRepository;
import no.veikart.roadmap.phase.domain.InitiativeOutline;
import no.veikart.roadmap.phase.persistence.AoInitiativeRepository;
import no.veikart.roadmap.portfolio.domain.AnchoredIn;
import no.veikart.roadmap.portfolio.domain.Portfolio;
import no.veikart.roadmap.portfolio.domain.PortfolioAggregator;
import no.veikart.roadmap.portfolio.domain.PortfolioCache;
import no.veikart.roadmap.portfolio.domain.PortfolioInitiative;
import no.veikart.roadmap.portfolio.domain.PortfolioQuery;
import no.veikart.roadmap.portfolio.domain.PortfolioService;
import no.veikart.roadmap.portfolio.domain.StakeholderLevel;
import no.veikart.roadmap.portfolio.persistence.AoPortfolioSource;
import no.veikart.roadmap.stakeholder.domain.AnchoringStatus;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;
import no.veikart.roadmap.stakeholder.persistence.AoStakeholderRepository;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/**
 * {@code mvn -Pbench}: the portfolio at municipal scale (issue 7). Loads 10 000 initiatives with their phases, 50 000
 * stakeholders, 20 000 gains and 100 000 measurements, then measures in one run: the portfolio at the service level
 * (uncached, p50/p95 over 30 runs after warm-up), a bare JDBC scan of the same rows (the floor), the naive
 * per-initiative approach (what slow gadgets do), and the issue view of an initiative with 200 stakeholders and 500
 * measurements (sandbox, {@link IssueViewTiming}). Prints one {@code portfolio-benchmark:} line per database.
 */
@Data(BenchSchema.class)
public abstract class PortfolioBenchmarkContract extends ActiveObjectsTestSupport {
    static final int INITIATIVES = Integer.getInteger("bench.initiatives", 10_000);
    static final int STAKEHOLDERS_EACH = 5;
    static final int GAINS_EACH = 2;
    static final int MEASUREMENTS_EACH = 5;
    static final int RUNS = Integer.getInteger("bench.runs", 30);
    static final int WARMUP = 5;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final List<String> PROJECTS = List.of("KOMA", "KOMB", "KOMC", "KOMD", "KOME", "KOMF", "KOMG", "KOMH",
            "KOMI", "KOMJ");
    static final String[] PHASES = {"ANCHORING", "INSIGHT", "SERVICE_DEVELOPMENT", "PILOTING",
        "TRANSITION_TO_OPERATIONS", "NEW_PRACTICES"};
    static final String[] LEVELS = {"POLITICAL", "ADMINISTRATIVE_LEADERSHIP", "MIDDLE_MANAGEMENT", "STAFF",
        "USERS_AND_RELATIVES", "EXTERNAL"};

    protected abstract String dbName();

    private static String t(String table) {
        return "\"AO_CEC056_" + table + "\"";
    }

    private static String cols(String... names) {
        return String.join(", ", Arrays.stream(names).map(n -> "\"" + n + "\"").toList());
    }

    private static String insert(String table, String... names) {
        return "INSERT INTO " + t(table) + " (" + cols(names) + ") VALUES ("
                + String.join(", ", Arrays.stream(names).map(n -> "?").toList()) + ")";
    }

    /** Bulk load with JDBC batches: the benchmark measures reading, not 240 000 single inserts. */
    private long[] load(Connection c) throws SQLException {
        Random r = new Random(42);
        long rows = 0;
        long measurements = 0;
        try (PreparedStatement initiative = c.prepareStatement(insert("INITIATIVE", "ISSUE_ID", "ISSUE_KEY",
                "PROJECT_KEY", "SUMMARY", "TEMPLATE_ID", "CURRENT_PHASE", "STATUS", "PILOT_ROUND", "ROW_VERSION"));
                PreparedStatement phase = c.prepareStatement(insert("PHASE_STATE", "INITIATIVE_ID", "POSITION",
                        "PHASE_KEY", "ISSUE_ID", "ISSUE_KEY", "STATUS"));
                PreparedStatement stakeholder = c.prepareStatement(insert("STAKEHOLDER", "INITIATIVE_ID", "NAME",
                        "GROUP_NAME", "LEVEL_KEY", "ATTITUDE", "DESIRED_ATTITUDE", "INFLUENCE", "INTEREST", "INVOLVEMENT",
                        "ROW_VERSION"));
                PreparedStatement status = c.prepareStatement(insert("ANCHOR_STATUS", "STAKEHOLDER_ID",
                        "INITIATIVE_ID", "PHASE_KEY", "STATUS"));
                PreparedStatement gain = c.prepareStatement(insert("GAIN", "INITIATIVE_ID", "GAIN_TYPE", "TITLE",
                        "UNIT_KEY", "CURRENCY_CODE", "BASELINE_VALUE", "BASELINE_DATE", "TARGET_VALUE", "TARGET_DATE",
                        "OWNER_KEY", "FREQUENCY_KEY", "ROW_VERSION", "LATEST_VALUE", "LATEST_MEASURED_ON", "MEASUREMENT_COUNT"));
                PreparedStatement measurement = c.prepareStatement(insert("GAIN_MEASUREMENT", "GAIN_ID",
                        "INITIATIVE_ID", "MEASURED_VALUE", "MEASURED_ON"));
                PreparedStatement economics = c.prepareStatement(insert("GAIN_ECONOMICS", "INITIATIVE_ID",
                        "HOURLY_RATE", "CURRENCY_CODE", "HORIZON_YEARS", "EMPLOYEES", "ROW_VERSION"))) {
            // Ids are the databases' own (explicit ids make H2 flush its sequence on every row): the tables start
            // empty and batches keep order, so each table's ids count up from 1 as these counters do.
            long stakeholderIds = 1;
            long gainIds = 1;
            for (int i = 1; i <= INITIATIVES; i++) {
                String project = PROJECTS.get(i % PROJECTS.size());
                int current = r.nextInt(PHASES.length);
                long issueId = 100_000L + i * 10L;
                set(initiative, issueId, project + "-" + i, project, "Initiative " + i, 1L, PHASES[current],
                        "ACTIVE", 0, 0L);
                initiative.addBatch();
                for (int p = 0; p < PHASES.length; p++) {
                    set(phase, (long) i, p, PHASES[p], issueId + p + 1, project + "-" + (i * 10 + p), "ACTIVE");
                    phase.addBatch();
                }
                for (int s = 0; s < STAKEHOLDERS_EACH; s++) {
                    long sid = stakeholderIds++;
                    set(stakeholder, (long) i, "Stakeholder " + sid, "Group", LEVELS[r.nextInt(LEVELS.length)],
                            r.nextInt(5) - 2, 2, 1 + r.nextInt(5), 1 + r.nextInt(5), "INVOLVE", 0L);
                    stakeholder.addBatch();
                    set(status, sid, (long) i, PHASES[current], r.nextInt(10) < 6 ? "ANCHORED" : "IN_DIALOGUE");
                    status.addBatch();
                    rows += 2;
                }
                if (r.nextBoolean()) {
                    set(economics, (long) i, "750", "DKK", 5, 0, 0L);
                    economics.addBatch();
                }
                for (int g = 0; g < GAINS_EACH; g++) {
                    long gid = gainIds++;
                    boolean hours = g == 0;
                    LocalDate start = TODAY.minusDays(100 + r.nextInt(600));
                    String[] values = new String[MEASUREMENTS_EACH];
                    for (int m = 0; m < MEASUREMENTS_EACH; m++) {
                        values[m] = String.valueOf(15000 - r.nextInt(1600) + (hours ? 0 : 2000));
                    }
                    LocalDate last = start.plusDays(30L * MEASUREMENTS_EACH);
                    // the latest-measurement columns as AoGainRepository keeps them (model version 2)
                    set(gain, (long) i, hours ? "TIME" : "COST", "Gain " + gid, hours ? "HOURS" : "CURRENCY",
                            hours ? null : "DKK", "15000", Date.valueOf(start), hours ? "13650" : "19000",
                            Date.valueOf(start.plusDays(365)), "owner", "MONTHLY", 0L, values[MEASUREMENTS_EACH - 1],
                            Date.valueOf(last), MEASUREMENTS_EACH);
                    gain.addBatch();
                    for (int m = 0; m < MEASUREMENTS_EACH; m++) {
                        set(measurement, gid, (long) i, values[m], Date.valueOf(start.plusDays(30L * (m + 1))));
                        measurement.addBatch();
                        measurements++;
                    }
                }
                rows += 1 + PHASES.length + GAINS_EACH * (1 + MEASUREMENTS_EACH);
                if (i % 500 == 0) {
                    for (PreparedStatement ps : List.of(initiative, phase, stakeholder, status, gain, measurement, economics)) {
                        ps.executeBatch();
                    }
                    if (!c.getAutoCommit()) {
                        c.commit();
                    }
                }
            }
            for (PreparedStatement ps : List.of(initiative, phase, stakeholder, status, gain, measurement, economics)) {
                ps.executeBatch();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        return new long[] {rows, measurements};
    }

    private static void set(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    /** The floor: the five queries the portfolio runs, read column by column with plain JDBC and nothing else. */
    private long scanRows(Connection c) throws SQLException {
        String in = "i.\"PROJECT_KEY\" IN (" + String.join(", ", PROJECTS.stream().map(p -> "?").toList()) + ")";
        String join = " r JOIN " + t("INITIATIVE") + " i ON r.\"INITIATIVE_ID\" = i.\"ID\" WHERE " + in;
        List<String> queries = List.of(
                "SELECT i.\"ID\", i.\"ISSUE_ID\", i.\"ISSUE_KEY\", i.\"PROJECT_KEY\", i.\"SUMMARY\", i.\"CURRENT_PHASE\", "
                        + "i.\"STATUS\" FROM " + t("INITIATIVE") + " i WHERE " + in,
                "SELECT r.\"ID\", r.\"INITIATIVE_ID\", r.\"LEVEL_KEY\" FROM " + t("STAKEHOLDER") + join,
                "SELECT r.\"ID\", r.\"STAKEHOLDER_ID\", r.\"INITIATIVE_ID\", r.\"PHASE_KEY\" FROM " + t("ANCHOR_STATUS")
                        + join + " AND r.\"STATUS\" = 'ANCHORED'",
                "SELECT r.\"ID\", r.\"INITIATIVE_ID\", r.\"GAIN_TYPE\", r.\"TITLE\", r.\"INDICATOR\", r.\"UNIT_KEY\", "
                        + "r.\"CURRENCY_CODE\", r.\"BASELINE_VALUE\", r.\"BASELINE_DATE\", r.\"TARGET_VALUE\", "
                        + "r.\"TARGET_DATE\", r.\"OWNER_KEY\", r.\"FREQUENCY_KEY\", r.\"ROW_VERSION\", "
                        + "r.\"LATEST_VALUE\", r.\"LATEST_MEASURED_ON\" FROM " + t("GAIN") + join,
                "SELECT r.\"ID\", r.\"INITIATIVE_ID\", r.\"HOURLY_RATE\", r.\"CURRENCY_CODE\", r.\"DISCOUNT_RATE\", "
                        + "r.\"HORIZON_YEARS\", r.\"INVESTMENT\", r.\"RUNNING_COST\", r.\"TRAINING_HOURS\", r.\"EMPLOYEES\", "
                        + "r.\"ROW_VERSION\" FROM " + t("GAIN_ECONOMICS") + join);
        long rows = 0;
        long checksum = 0;
        for (String sql : queries) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int p = 0; p < PROJECTS.size(); p++) {
                    ps.setString(p + 1, PROJECTS.get(p));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int col = 1; col <= n; col++) {
                            Object o = rs.getObject(col);
                            checksum += o == null ? 0 : 1;
                        }
                    }
                }
            }
        }
        assertTrue(checksum > 0);
        return rows;
    }

    /** What per-issue gadgets do: the repositories' per-initiative reads, a handful of queries per initiative. */
    private Portfolio naive(List<String> projects) {
        AoInitiativeRepository initiatives = new AoInitiativeRepository(activeObjects());
        AoStakeholderRepository stakeholders = new AoStakeholderRepository(activeObjects());
        AoGainRepository gains = new AoGainRepository(activeObjects());
        PortfolioAggregator aggregator = new PortfolioAggregator(new GainCalculator(), null, TODAY);
        List<InitiativeOutline> outlines = new ArrayList<>();
        for (String project : projects) {
            outlines.addAll(initiatives.outlinesInProject(project));
        }
        for (InitiativeOutline o : outlines) {
            aggregator.initiative(new PortfolioInitiative(o.id(), o.issueId(), o.issueKey(), o.projectKey(), null,
                    o.currentPhase(), "ACTIVE"));
        }
        for (InitiativeOutline o : outlines) {
            for (Stakeholder s : stakeholders.findByInitiative(o.id())) {
                aggregator.stakeholder(new StakeholderLevel(s.id(), o.id(), s.level()));
                s.statusByPhase().forEach((phase, status) -> {
                    if (status == AnchoringStatus.ANCHORED) {
                        aggregator.anchored(new AnchoredIn(s.id(), o.id(), phase));
                    }
                });
            }
            for (Gain g : gains.findByInitiative(o.id())) {
                aggregator.gain(g);
                gains.findMeasurements(g.id()).forEach(aggregator::measurement);
            }
            gains.findEconomics(o.id()).ifPresent(aggregator::economics);
        }
        return aggregator.result(projects);
    }

    /** Not in the runner's one transaction: H2 slows to a crawl with 300 000 uncommitted rows; we commit per batch. */
    @Test
    @NonTransactional
    public void portfolioAtMunicipalScale() throws Exception {
        long[] loaded;
        try (Connection c = entityManager.getProvider().getConnection()) {
            c.setAutoCommit(false);
            loaded = load(c);
            c.setAutoCommit(true);
        }
        PortfolioService service = new PortfolioService(new AoPortfolioSource(activeObjects()), null,
                PortfolioCache.NONE, new GainCalculator(), null);
        PortfolioQuery query = new PortfolioQuery(PROJECTS, null);

        Portfolio result = null;
        for (int i = 0; i < WARMUP; i++) {
            result = service.compute(PROJECTS, query, TODAY);
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = service.compute(PROJECTS, query, TODAY);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        double p50 = times[RUNS / 2] / 1e6;
        double p95 = times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6;
        assertEquals(INITIATIVES, result.initiatives());
        assertEquals(INITIATIVES * GAINS_EACH, result.gains().count());

        long[] scans = new long[Math.max(5, RUNS / 3)];
        long scannedRows = 0;
        try (Connection c = entityManager.getProvider().getConnection()) {
            for (int i = 0; i < WARMUP; i++) {
                scanRows(c);
            }
            for (int i = 0; i < scans.length; i++) {
                long start = System.nanoTime();
                scannedRows = scanRows(c);
                scans[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(scans);
        double scan = scans[scans.length / 2] / 1e6;

        long naiveStart = System.nanoTime();
        Portfolio naive = naive(PROJECTS);
        double naiveMs = (System.nanoTime() - naiveStart) / 1e6;
        assertEquals("the naive way counts the same", result.initiatives(), naive.initiatives());
        assertEquals(0, result.gains().total().realisedHours().compareTo(naive.gains().total().realisedHours()));
        assertEquals(result.overdueCount(), naive.overdueCount());
        for (int i = 0; i < result.anchoring().size(); i++) {
            Portfolio.LevelCoverage set = result.anchoring().get(i);
            Portfolio.LevelCoverage perIssue = naive.anchoring().get(i);
            assertEquals(set.anchored() + "/" + set.inProgress() + "/" + set.missing(),
                    perIssue.anchored() + "/" + perIssue.inProgress() + "/" + perIssue.missing());
        }

        IssueViewTiming.Result panel = IssueViewTiming.measure();
        System.out.printf(java.util.Locale.ROOT,
                "portfolio-benchmark: db=%s initiatives=%d measurements=%d p50_ms=%.1f p95_ms=%.1f scan_ms=%.1f "
                        + "ratio=%.2f naive_ratio=%.1f panel_ms=%.1f%n",
                dbName(), result.initiatives(), loaded[1], p50, p95, scan, p95 / scan, naiveMs / p95, panel.p50Ms());
        System.out.printf(java.util.Locale.ROOT,
                "portfolio-benchmark-detail: db=%s rows_loaded=%d rows_scanned=%d naive_ms=%.0f runs=%d "
                        + "realised_dkk=%s panel=%s%n",
                dbName(), loaded[0], scannedRows, naiveMs, RUNS,
                result.gains().total().realisedMoney().setScale(0, java.math.RoundingMode.HALF_UP), panel);
        assertTrue(BigDecimal.ZERO.compareTo(result.gains().total().plannedMoney()) < 0);
    }
}
