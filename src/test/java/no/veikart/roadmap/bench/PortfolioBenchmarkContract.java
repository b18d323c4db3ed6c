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
import no.veikart.roadmap.gain.persistence.GainSummaryPart;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.initiative.persistence.AoSummaryRows;
import no.veikart.roadmap.initiative.persistence.InitiativeSummaryEntity;
import no.veikart.roadmap.initiative.persistence.SqlSummaryRows;
import no.veikart.roadmap.initiative.persistence.upgrade.InitiativeSummaryUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import no.veikart.roadmap.sandbox.ao.SandboxTransactionalExecutors;
import no.veikart.roadmap.phase.persistence.PhaseSummaryPart;
import no.veikart.roadmap.portfolio.domain.Portfolio;
import no.veikart.roadmap.portfolio.domain.PortfolioCache;
import no.veikart.roadmap.portfolio.domain.PortfolioQuery;
import no.veikart.roadmap.portfolio.domain.PortfolioService;
import no.veikart.roadmap.portfolio.fivestream.AnchoredIn;
import no.veikart.roadmap.portfolio.fivestream.AoFiveStreamSource;
import no.veikart.roadmap.portfolio.fivestream.FiveStreamAggregator;
import no.veikart.roadmap.portfolio.fivestream.Portfolios;
import no.veikart.roadmap.portfolio.fivestream.PortfolioInitiative;
import no.veikart.roadmap.portfolio.fivestream.StakeholderLevel;
import no.veikart.roadmap.stakeholder.persistence.StakeholderSummaryPart;
import no.veikart.roadmap.stakeholder.domain.AnchoringStatus;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;
import no.veikart.roadmap.stakeholder.persistence.AoStakeholderRepository;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import no.veikart.roadmap.testsupport.PostgresDb;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/**
 * {@code mvn -Pbench}: the portfolio at municipal scale (issues 7 and 14). Loads 10 000 initiatives with their phases,
 * 50 000 stakeholders, 20 000 gains and 100 000 measurements and builds their summary rows, then measures in one run:
 * the portfolio at the service level from the read model (uncached, p50/p95 over 30 runs after warm-up), a bare JDBC
 * scan of the summary rows it reads (the floor), the five streams it read before the read model ({@code before_ms},
 * p50), the naive per-initiative approach, and the issue view of an initiative with 200 stakeholders and 500
 * measurements (sandbox, {@link IssueViewTiming}). Then loads up to {@code bench.large} (50 000) initiatives and prints
 * a {@code portfolio-benchmark-large:} line: p95 must grow no faster than the rows. One line each per database.
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

    /** The database the runner connects to (its {@code @Jdbc} class), for a pooled provider of the same. */
    protected abstract net.java.ao.test.jdbc.JdbcConfiguration jdbc();

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
    private long stakeholderIds = 1;
    private long gainIds = 1;

    /** Initiatives {@code from}..{@code to} (inclusive) with their rows; ids continue where the last call stopped. */
    private long[] load(Connection c, int from, int to) throws SQLException {
        Random r = new Random(42L + from);
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
            for (int i = from; i <= to; i++) {
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

    /**
     * The floor: the one query the portfolio runs (the summary rows of the projects), read with plain JDBC, each
     * value read as the portfolio reads it (text as a String, numbers as numbers), in a transaction as SAL's read-only
     * executor runs it. Until 2026-12-07 the scan called {@code getObject}, which for H2's CLOB columns returns a
     * handle without reading the text, on an auto-commit connection: a floor no reader of the figures could reach.
     * That way is still printed as {@code handle_scan_ms}.
     */
    private long scanRows(Connection c) throws SQLException {
        return scanRows(c, true);
    }

    private long scanRows(Connection c, boolean readValues) throws SQLException {
        String sql = "SELECT " + cols(AO_SUMMARY_COLUMNS) + " FROM " + t("INIT_SUMMARY") + " WHERE \"PROJECT_KEY\" IN ("
                + String.join(", ", PROJECTS.stream().map(p -> "?").toList()) + ")";
        long rows = 0;
        long checksum = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int p = 0; p < PROJECTS.size(); p++) {
                ps.setString(p + 1, PROJECTS.get(p));
            }
            try (ResultSet rs = ps.executeQuery()) {
                java.sql.ResultSetMetaData meta = rs.getMetaData();
                int n = meta.getColumnCount();
                boolean[] numeric = new boolean[n + 1];
                for (int col = 1; col <= n; col++) {
                    int type = meta.getColumnType(col);
                    numeric[col] = type == java.sql.Types.BIGINT || type == java.sql.Types.INTEGER
                            || type == java.sql.Types.NUMERIC || type == java.sql.Types.SMALLINT;
                }
                while (rs.next()) {
                    rows++;
                    for (int col = 1; col <= n; col++) {
                        if (!readValues) {
                            checksum += rs.getObject(col) == null ? 0 : 1;
                        } else if (numeric[col]) {
                            checksum += rs.getLong(col);
                        } else {
                            String text = rs.getString(col);
                            checksum += text == null ? 0 : text.length();
                        }
                    }
                }
            }
        }
        assertTrue(checksum > 0);
        return rows;
    }

    private static final String[] AO_SUMMARY_COLUMNS = {"ID", "INITIATIVE_ID", "ISSUE_ID", "ISSUE_KEY", "PROJECT_KEY",
        "SUMMARY", "CURRENT_PHASE", "STATUS", "LEVELS_PRESENT", "LEVELS_ANCHORED", "GAIN_MONEY", "GAIN_HOURS",
        "GAIN_DUES", "HIGHEST_RESIDUAL_RISK", "UNITS_LIVE_WITHOUT_COVER", "STATUS_REPORT_COLOUR"};

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * p50 and p95 in ms of {@code runs} timed calls after {@link #WARMUP} untimed ones, then the p50 of this thread's
     * CPU time: on a shared machine the wall clock also counts the time other processes had the cores, the CPU time
     * only the work (GC and the database's threads aside).
     */
    private static double[] time(int runs, java.util.function.Supplier<?> call) {
        Object last = null;
        for (int i = 0; i < WARMUP; i++) {
            last = call.get();
        }
        long[] times = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            last = call.get();
            times[i] = System.nanoTime() - start;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        assertTrue(last != null);
        Arrays.sort(times);
        Arrays.sort(cpu);
        return new double[] {times[runs / 2] / 1e6, times[(int) Math.ceil(runs * 0.95) - 1] / 1e6,
            cpu[runs / 2] / 1e6};
    }

    /** What per-issue gadgets do: the repositories' per-initiative reads, a handful of queries per initiative. */
    private Portfolio naive(List<String> projects) {
        AoInitiativeRepository initiatives = new AoInitiativeRepository(activeObjects());
        AoStakeholderRepository stakeholders = new AoStakeholderRepository(activeObjects());
        AoGainRepository gains = new AoGainRepository(activeObjects());
        FiveStreamAggregator aggregator = new FiveStreamAggregator(new GainCalculator(), null, TODAY);
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
        long[] loaded = loadAndBuildRows(1, INITIATIVES);
        GainCalculator calculator = new GainCalculator();
        AoSummaryRows summaries = summaries(calculator);
        // the portfolio's reads as wired in Spring: plain JDBC through SAL's read-only executor (the sandbox's),
        // Active Objects only as the fallback. The executor's connections come from a pool, as in Jira: the runner's
        // provider opens a new physical connection per call (no pool library for AO's builder), which on PostgreSQL
        // cost each call more than the query (until 2026-12-07 the benchmark measured that way).
        net.java.ao.test.jdbc.JdbcConfiguration jdbc = jdbc();
        net.java.ao.DatabaseProvider pooled = no.veikart.roadmap.sandbox.ao.SandboxDatabase.pooledProvider(
                jdbc.getUrl(), jdbc.getUsername(), jdbc.getPassword(), jdbc.getSchema());
        SqlSummaryRows rows = new SqlSummaryRows(new SandboxTransactionalExecutors(pooled), summaries);
        PortfolioService service = new PortfolioService(rows, new AoGainRepository(activeObjects()), null,
                PortfolioCache.NONE, null);
        PortfolioQuery query = new PortfolioQuery(PROJECTS, null);

        Portfolio result = service.compute(PROJECTS, query, TODAY);
        double[] now = time(RUNS, () -> service.compute(PROJECTS, query, TODAY));
        double p50 = now[0];
        double p95 = now[1];
        assertEquals(INITIATIVES, result.initiatives());
        assertEquals(INITIATIVES * GAINS_EACH, result.gains().count());

        double[] scanTimes = scanMs();
        double scan = scanTimes[0];
        double handleScan = handleScanMs();
        // The portfolio's own read alone (rows to records, no fold): what of the ratio is reading, what is folding.
        double readOnly = time(Math.max(5, RUNS / 3), () -> {
            java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
            rows.inProjects(PROJECTS, row -> count.incrementAndGet());
            return count.get();
        })[0];

        // the five streams the portfolio read before the read model, same data, same run
        AoFiveStreamSource fiveStreams = new AoFiveStreamSource(activeObjects());
        Portfolio before = FiveStreamAggregator.compute(fiveStreams, calculator, PROJECTS, null, TODAY, id -> true);
        assertEquals("the read model's portfolio is the five streams' portfolio", Portfolios.normalised(before),
                Portfolios.normalised(result));
        double beforeMs = time(Math.max(5, RUNS / 3), () -> FiveStreamAggregator.compute(fiveStreams, calculator,
                PROJECTS, null, TODAY, id -> true))[0];

        // -Dbench.naive=false leaves it out: on PostgreSQL the test provider opens a connection per query, and its
        // 50 000 queries took over ten minutes on a shared machine
        double naiveMs = Double.NaN;
        if (Boolean.parseBoolean(System.getProperty("bench.naive", "true"))) {
            long naiveStart = System.nanoTime();
            Portfolio naive = naive(PROJECTS);
            naiveMs = (System.nanoTime() - naiveStart) / 1e6;
            assertEquals("the naive way counts the same", result.initiatives(), naive.initiatives());
            assertEquals(0, result.gains().total().realisedHours().compareTo(naive.gains().total().realisedHours()));
            assertEquals(result.overdueCount(), naive.overdueCount());
        }

        IssueViewTiming.Result panel = IssueViewTiming.measure();
        System.out.printf(java.util.Locale.ROOT,
                "portfolio-benchmark: db=%s initiatives=%d measurements=%d p50_ms=%.1f p95_ms=%.1f scan_ms=%.1f "
                        + "ratio=%.2f before_ms=%.1f speedup=%.1f naive_ratio=%.1f panel_ms=%.1f%n",
                dbName(), result.initiatives(), loaded[1], p50, p95, scan, p95 / scan, beforeMs, beforeMs / p50,
                naiveMs / p95, panel.p50Ms());
        System.out.printf(java.util.Locale.ROOT,
                "portfolio-benchmark-detail: db=%s rows_loaded=%d summary_rows_built_ms=%d naive_ms=%.0f runs=%d "
                        + "cpu_p50_ms=%.1f scan_cpu_ms=%.1f cpu_ratio=%.2f p50_ratio=%.2f handle_scan_ms=%.1f read_ms=%.1f "
                        + "realised_dkk=%s panel=%s%n",
                dbName(), loaded[0], loaded[2], naiveMs, RUNS, now[2], scanTimes[2], now[2] / scanTimes[2],
                p50 / scan, handleScan, readOnly,
                result.gains().total().realisedMoney().setScale(0, java.math.RoundingMode.HALF_UP), panel);
        assertTrue(BigDecimal.ZERO.compareTo(result.gains().total().plannedMoney()) < 0);

        if (LARGE > INITIATIVES) {
            long[] more = loadAndBuildRows(INITIATIVES + 1, LARGE);
            Portfolio large = service.compute(PROJECTS, query, TODAY);
            assertEquals(LARGE, large.initiatives());
            double[] larger = time(Math.max(5, RUNS / 2), () -> service.compute(PROJECTS, query, TODAY));
            double[] largeScanTimes = scanMs();
            double largeScan = largeScanTimes[0];
            double growth = larger[1] / p95;
            System.out.printf(java.util.Locale.ROOT,
                    "portfolio-benchmark-large: db=%s initiatives=%d measurements=%d p50_ms=%.1f p95_ms=%.1f "
                            + "scan_ms=%.1f ratio=%.2f p95_growth=%.2f rows_growth=%.2f cpu_p50_ms=%.1f "
                            + "scan_cpu_ms=%.1f cpu_growth=%.2f%n",
                    dbName(), large.initiatives(), loaded[1] + more[1], larger[0], larger[1], largeScan,
                    larger[1] / largeScan, growth, (double) LARGE / INITIATIVES, larger[2], largeScanTimes[2],
                    larger[2] / now[2]);
        }
        pooled.dispose();
    }

    static final int LARGE = Integer.getInteger("bench.large", 50_000);

    private AoSummaryRows summaries(GainCalculator calculator) {
        PhaseSummaryPart phase = new PhaseSummaryPart(activeObjects());
        return new AoSummaryRows(activeObjects(), phase, phase, new StakeholderSummaryPart(activeObjects()),
                new GainSummaryPart(activeObjects(), calculator));
    }

    /**
     * Loads initiatives {@code from}..{@code to} with JDBC batches, then builds their summary rows: the first
     * {@link #INITIATIVES} as the admin's rebuild does (per initiative, through the features' summary parts), the
     * larger set as the upgrade task does for existing data (five streamed queries, then one write per row), in one
     * transaction: per-row commits made the 50 000 line on PostgreSQL run past eight minutes. The source rows are not
     * written through the repositories here.
     * @return rows loaded, measurements loaded, ms to build the summary rows
     */
    private long[] loadAndBuildRows(int from, int to) throws SQLException {
        long[] loaded;
        long loadStart = System.nanoTime();
        try (Connection provided = entityManager.getProvider().getConnection();
                Connection own = postgresBatching(provided)) {
            Connection c = own != null ? own : provided;
            c.setAutoCommit(false);
            loaded = load(c, from, to);
            c.setAutoCommit(true);
        }
        long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
        long start = System.nanoTime();
        if (from == 1) {
            InitiativeFigures.Rebuild rebuild = summaries(new GainCalculator()).rebuild();
            assertEquals(to - from + 1, rebuild.different().size());
        } else {
            activeObjects().executeInTransaction(() -> {
                new InitiativeSummaryUpgradeTask().upgrade(ModelVersion.valueOf("2"), activeObjects());
                return null;
            });
            assertEquals(to, activeObjects().count(InitiativeSummaryEntity.class));
        }
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(java.util.Locale.ROOT, "portfolio-benchmark-fixture: db=%s initiatives=%d..%d load_ms=%d "
                + "summary_rows_built_ms=%d (%s)%n", dbName(), from, to, loadMs, buildMs,
                from == 1 ? "admin rebuild" : "upgrade task");
        return new long[] {loaded[0], loaded[1], buildMs};
    }

    /**
     * On PostgreSQL a connection of its own with {@code reWriteBatchedInserts}: the driver then sends each batch as
     * multi-row INSERTs instead of one statement per row (the 50 000 load took minutes without). Null elsewhere.
     */
    private static Connection postgresBatching(Connection provided) throws SQLException {
        String url = provided.getMetaData().getURL();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return null;
        }
        return java.sql.DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                + "reWriteBatchedInserts=true", System.getProperty(PostgresDb.USER_PROPERTY, "roadmap"),
                System.getProperty(PostgresDb.PASSWORD_PROPERTY, "roadmap"));
    }

    /** The scan's p50 wall and CPU ms, measured as {@link #time}. */
    private double[] scanMs() throws SQLException {
        try (Connection c = entityManager.getProvider().getConnection()) {
            c.setAutoCommit(false);
            try {
                return time(Math.max(5, RUNS / 3), () -> {
                    try {
                        long rows = scanRows(c);
                        c.rollback();
                        return rows;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** The scan as measured until 2026-12-07: value handles only, auto-commit (see {@link #scanRows(Connection)}). */
    private double handleScanMs() throws SQLException {
        try (Connection c = entityManager.getProvider().getConnection()) {
            return time(Math.max(5, RUNS / 3), () -> {
                try {
                    return scanRows(c, false);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            })[0];
        }
    }
}
