package no.veikart.roadmap.portfolio.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.Query;
import net.java.ao.test.jdbc.Data;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.Frequency;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainCalculator;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.gain.domain.MeasurementAdded;
import no.veikart.roadmap.gain.domain.Unit;
import no.veikart.roadmap.gain.persistence.AoGainRepository;
import no.veikart.roadmap.gain.persistence.GainSummaryPart;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.persistence.AoSummaryRows;
import no.veikart.roadmap.initiative.persistence.SqlSummaryRows;
import no.veikart.roadmap.sandbox.ao.SandboxTransactionalExecutors;
import no.veikart.roadmap.initiative.persistence.InitiativeSummaryEntity;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeStatus;
import no.veikart.roadmap.phase.domain.IssueRef;
import no.veikart.roadmap.phase.domain.PhaseProgress;
import no.veikart.roadmap.phase.domain.PhaseStatus;
import no.veikart.roadmap.phase.persistence.AoInitiativeRepository;
import no.veikart.roadmap.phase.persistence.PhaseSummaryPart;
import no.veikart.roadmap.portfolio.domain.Portfolio;
import no.veikart.roadmap.portfolio.domain.PortfolioCache;
import no.veikart.roadmap.portfolio.domain.PortfolioQuery;
import no.veikart.roadmap.portfolio.domain.PortfolioService;
import no.veikart.roadmap.portfolio.fivestream.AoFiveStreamSource;
import no.veikart.roadmap.portfolio.fivestream.FiveStreamAggregator;
import no.veikart.roadmap.portfolio.fivestream.Portfolios;
import no.veikart.roadmap.stakeholder.domain.AnchoringStatus;
import no.veikart.roadmap.stakeholder.domain.Involvement;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;
import no.veikart.roadmap.stakeholder.persistence.AoStakeholderRepository;
import no.veikart.roadmap.stakeholder.persistence.StakeholderSummaryPart;
import no.veikart.roadmap.risk.domain.Measure;
import no.veikart.roadmap.risk.domain.MeasureStatus;
import no.veikart.roadmap.risk.domain.Risk;
import no.veikart.roadmap.risk.domain.RiskCategory;
import no.veikart.roadmap.risk.persistence.AoRiskRepository;
import no.veikart.roadmap.risk.persistence.RiskSummaryPart;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import no.veikart.roadmap.testsupport.ReadCommitted;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.test.jdbc.NonTransactional;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.gain.persistence.GainEntity;
import no.veikart.roadmap.gain.persistence.MeasurementEntity;
import no.veikart.roadmap.phase.persistence.InitiativeEntity;
import no.veikart.roadmap.phase.persistence.PhaseStateEntity;
import no.veikart.roadmap.platform.persistence.RevisionClaimEntity;
import no.veikart.roadmap.stakeholder.persistence.AnchoringStatusEntity;
import no.veikart.roadmap.stakeholder.persistence.StakeholderEntity;
import org.junit.Test;

/**
 * The portfolio read model on a real database (H2 and PostgreSQL subclasses): random sequences of every kind of change
 * through the repositories, which write the summary rows in the change's transaction; after each change the stored
 * rows equal a recomputation from the source rows, and at the end the portfolio read from the rows equals the one the
 * five streams computed before the read model (issue 14).
 */
@Data(PortfolioSchema.class)
public abstract class PortfolioReadModelContract extends ActiveObjectsTestSupport {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final List<String> PROJECTS = List.of("DEMO", "HELSE", "OMSORG");
    private static final List<String> PHASES = List.of("ANCHORING", "INSIGHT", "SERVICE_DEVELOPMENT", "PILOTING",
            "TRANSITION_TO_OPERATIONS", "NEW_PRACTICES");
    private static final int SEEDS = Integer.getInteger("readmodel.seeds", 6);
    private static final int STEPS = Integer.getInteger("readmodel.steps", 60);

    private final GainCalculator calculator = new GainCalculator();
    private long nextIssueId = 10_000;

    static AoSummaryRows summaries(ActiveObjects ao, GainCalculator calculator) {
        PhaseSummaryPart phase = new PhaseSummaryPart(ao);
        return new AoSummaryRows(ao, List.of(phase, new StakeholderSummaryPart(ao), new GainSummaryPart(ao, calculator),
                new RiskSummaryPart(ao)), phase);
    }

    /** What the test knows is in the database, with the versions the next change must name. */
    private final class World {
        final AoSummaryRows summaries = summaries(activeObjects(), calculator);
        final AoInitiativeRepository initiatives = new AoInitiativeRepository(activeObjects(), no.veikart.roadmap.common.domain.RequestScope.NONE, summaries);
        final AoStakeholderRepository stakeholders = new AoStakeholderRepository(activeObjects(), summaries);
        final AoGainRepository gains = new AoGainRepository(activeObjects(), summaries);
        final AoRiskRepository risks = new AoRiskRepository(activeObjects(), summaries);
        final List<Risk> liveRisks = new ArrayList<>();
        final List<Initiative> liveInitiatives = new ArrayList<>();
        final List<Stakeholder> liveStakeholders = new ArrayList<>();
        final List<Gain> liveGains = new ArrayList<>();
        final Map<Long, List<Long>> measurements = new HashMap<>();
        final Map<Long, Economics> economics = new HashMap<>();
        final Random r;

        World(long seed) {
            r = new Random(seed);
        }

        <T> T any(List<T> list) {
            return list.get(r.nextInt(list.size()));
        }

        /** One random change; returns the initiative it touched. */
        long step() {
            int op = liveInitiatives.isEmpty() ? 0 : r.nextInt(15);
            switch (op) {
                case 0 -> {
                    long issue = nextIssueId++;
                    List<PhaseProgress> phases = new ArrayList<>();
                    for (String p : PHASES) {
                        phases.add(new PhaseProgress(p, null, new IssueRef(nextIssueId++, "P-" + nextIssueId),
                                PhaseStatus.NOT_STARTED, List.of()));
                    }
                    String project = any(PROJECTS);
                    Initiative created = initiatives.create(new Initiative(0, new IssueRef(issue, project + "-" + issue),
                            project, "Initiative " + issue + " – Ålesund", 1, any(PHASES), InitiativeStatus.ACTIVE, 0,
                            0, phases, List.of()));
                    liveInitiatives.add(created);
                    return created.id();
                }
                case 1 -> {
                    Initiative i = any(liveInitiatives);
                    Initiative moved = initiatives.update(new Initiative(i.id(), i.issue(), i.projectKey(), i.summary(),
                            i.templateId(), any(PHASES), r.nextInt(4) == 0 ? InitiativeStatus.HALTED
                                    : InitiativeStatus.ACTIVE, i.pilotRound(), i.version(), i.phases(), List.of()),
                            i.version(), List.of());
                    liveInitiatives.set(liveInitiatives.indexOf(i), moved);
                    return i.id();
                }
                case 2 -> {
                    Initiative i = any(liveInitiatives);
                    Stakeholder s = stakeholders.create(new Stakeholder(0, i.id(), "Person", "Group",
                            any(List.of(Level.values())), null, 0, 1, 3, 3, Involvement.CONSULT, null, null, null, null,
                            statuses(), 0));
                    liveStakeholders.add(s);
                    return i.id();
                }
                case 3, 4, 5 -> {
                    if (liveStakeholders.isEmpty()) {
                        return liveInitiatives.get(0).id();
                    }
                    Stakeholder s = any(liveStakeholders);
                    int index = liveStakeholders.indexOf(s);
                    if (op == 3) {
                        Stakeholder changed = new Stakeholder(s.id(), s.initiativeId(), s.name(), s.group(),
                                any(List.of(Level.values())), null, 0, 1, 3, 3, Involvement.INVOLVE, null, null, null,
                                null, statuses(), s.version());
                        liveStakeholders.set(index, stakeholders.update(changed, s.version()));
                    } else if (op == 4) {
                        stakeholders.delete(s.id(), s.version());
                        liveStakeholders.remove(index);
                    } else {
                        Stakeholder erased = new Stakeholder(s.id(), s.initiativeId(), Stakeholder.ERASED, null,
                                s.level(), null, 0, 1, 3, 3, s.involvement(), null, null, null, null, s.statusByPhase(),
                                s.version());
                        liveStakeholders.set(index, stakeholders.erase(erased, Stakeholder.ERASED, s.version()));
                    }
                    return s.initiativeId();
                }
                case 6, 7 -> {
                    Initiative i = any(liveInitiatives);
                    Gain existing = op == 7 && !liveGains.isEmpty() ? any(liveGains) : null;
                    Gain g = randomGain(existing == null ? 0 : existing.id(),
                            existing == null ? i.id() : existing.initiativeId(), existing == null ? 0 : existing.version());
                    if (existing == null) {
                        liveGains.add(gains.create(g));
                    } else {
                        liveGains.set(liveGains.indexOf(existing), gains.update(g, existing.version()));
                    }
                    return g.initiativeId();
                }
                case 8 -> {
                    if (liveGains.isEmpty()) {
                        return liveInitiatives.get(0).id();
                    }
                    Gain g = any(liveGains);
                    gains.delete(g.id(), g.version());
                    liveGains.remove(g);
                    measurements.remove(g.id());
                    return g.initiativeId();
                }
                case 9, 10 -> {
                    if (liveGains.isEmpty()) {
                        return liveInitiatives.get(0).id();
                    }
                    Gain g = any(liveGains);
                    List<Long> ids = measurements.computeIfAbsent(g.id(), k -> new ArrayList<>());
                    if (op == 10 && !ids.isEmpty()) {
                        long id = ids.remove(r.nextInt(ids.size()));
                        liveGains.set(liveGains.indexOf(g), gains.deleteMeasurement(g.id(), id, g.version()));
                    } else {
                        MeasurementAdded added = gains.addMeasurement(new Measurement(0, g.id(),
                                g.baselineValue().add(BigDecimal.valueOf(r.nextInt(3000) - 1500, r.nextInt(3))),
                                g.baselineDate().plusDays(r.nextInt(500)), "member", null), g.version());
                        ids.add(added.measurement().id());
                        liveGains.set(liveGains.indexOf(g), added.gain());
                    }
                    return g.initiativeId();
                }
                case 12, 13, 14 -> {
                    return riskStep(op);
                }
                default -> {
                    Initiative i = any(liveInitiatives);
                    Economics before = economics.get(i.id());
                    Economics saved = gains.saveEconomics(new Economics(i.id(),
                            BigDecimal.valueOf(400 + r.nextInt(600), r.nextInt(2)), Currency.values()[r.nextInt(2)],
                            null, 5, null, null, null, 0, before == null ? 0 : before.version()),
                            before == null ? null : before.version());
                    economics.put(i.id(), saved);
                    return i.id();
                }
            }
        }

        /** A new risk, a changed one (residual assessed or withdrawn, measures), or a deleted one. */
        private long riskStep(int op) {
            if (op == 12 || liveRisks.isEmpty()) {
                Risk created = risks.create(randomRisk(0, any(liveInitiatives).id(), 0));
                liveRisks.add(created);
                return created.initiativeId();
            }
            Risk existing = any(liveRisks);
            if (op == 13) {
                liveRisks.set(liveRisks.indexOf(existing), risks.update(randomRisk(existing.id(), existing.initiativeId(),
                        existing.version()), existing.version()));
            } else {
                risks.delete(existing.id(), existing.version());
                liveRisks.remove(existing);
            }
            return existing.initiativeId();
        }

        private Risk randomRisk(long id, long initiativeId, long version) {
            boolean residual = r.nextBoolean();
            return new Risk(id, initiativeId, "Risk of " + initiativeId, null, null, any(List.of(RiskCategory.values())),
                    1 + r.nextInt(5), 1 + r.nextInt(5), residual ? 1 + r.nextInt(5) : null, residual ? 1 + r.nextInt(5) : null,
                    null, null, null, null, r.nextBoolean() ? List.of() : List.of(new Measure(0, "Measure", null, null,
                            MeasureStatus.PLANNED, null)), version);
        }

        private Map<String, AnchoringStatus> statuses() {
            Map<String, AnchoringStatus> out = new LinkedHashMap<>();
            for (int n = r.nextInt(3); n > 0; n--) {
                out.put(any(PHASES), any(List.of(AnchoringStatus.values())));
            }
            return out;
        }

        private Gain randomGain(long id, long initiativeId, long version) {
            Unit unit = any(List.of(Unit.HOURS, Unit.HOURS, Unit.CURRENCY, Unit.COUNT));
            GainType type = unit == Unit.HOURS ? (r.nextInt(4) == 0 ? GainType.QUALITY : GainType.TIME)
                    : unit == Unit.CURRENCY ? GainType.COST : GainType.QUALITY;
            BigDecimal baseline = BigDecimal.valueOf(1000 + r.nextInt(10_000));
            BigDecimal target = baseline.add(BigDecimal.valueOf((r.nextInt(2000) + 1) * (r.nextBoolean() ? 1 : -1),
                    r.nextInt(2)));
            LocalDate start = TODAY.minusDays(r.nextInt(900));
            return new Gain(id, initiativeId, type, "Gain of " + initiativeId, null, unit,
                    unit == Unit.CURRENCY ? Currency.values()[r.nextInt(3)] : null, baseline, start, target,
                    start.plusDays(30 + r.nextInt(700)), "owner" + r.nextInt(3), null,
                    Frequency.values()[r.nextInt(Frequency.values().length)], version);
        }
    }

    private Map<Long, InitiativeSummary> storedRows(AoSummaryRows summaries) {
        Map<Long, InitiativeSummary> rows = new HashMap<>();
        summaries.inProjects(PROJECTS, row -> rows.put(row.initiativeId(), row));
        return rows;
    }

    @Test
    public void afterAnyChangesTheRowsEqualARecomputationAndThePortfolioTheFiveStreams() {
        for (int seed = 1; seed <= SEEDS; seed++) {
            World world = new World(seed);
            for (int n = 0; n < STEPS; n++) {
                long touched = world.step();
                InitiativeSummary stored = storedRows(world.summaries).get(touched);
                assertEquals("seed " + seed + " step " + n, world.summaries.compute(touched), stored);
            }
            Map<Long, InitiativeSummary> rows = storedRows(world.summaries);
            for (Initiative i : world.liveInitiatives) {
                assertEquals("seed " + seed, world.summaries.compute(i.id()), rows.get(i.id()));
            }
            assertEquals("a rebuild finds nothing to repair", List.of(), world.summaries.rebuild().different());
            for (Initiative i : world.liveInitiatives) {
                // The risk column is the highest score after measures, independent of the summary code.
                Integer highest = world.liveRisks.stream().filter(x -> x.initiativeId() == i.id()).map(Risk::residualScore)
                        .max(Integer::compare).orElse(null);
                assertEquals("seed " + seed + " initiative " + i.id(), highest, rows.get(i.id()).highestResidualRisk());
            }
            Map<Long, InitiativeSummary> viaSql = new HashMap<>();
            new SqlSummaryRows(new SandboxTransactionalExecutors(entityManager.getProvider()), world.summaries)
                    .inProjects(PROJECTS, row -> viaSql.put(row.initiativeId(), row));
            assertEquals("seed " + seed + ": plain JDBC reads the rows Active Objects reads", rows, viaSql);
            PortfolioService service = new PortfolioService(world.summaries, world.gains, null, PortfolioCache.NONE,
                    null);
            for (Currency currency : new Currency[] {null, Currency.DKK}) {
                Portfolio before = FiveStreamAggregator.compute(new AoFiveStreamSource(activeObjects()), calculator,
                        PROJECTS, currency, TODAY, issueId -> true);
                assertEquals("seed " + seed, Portfolios.normalised(before), Portfolios.normalised(
                        service.compute(PROJECTS, new PortfolioQuery(PROJECTS, currency), TODAY)));
            }
        }
    }

    /**
     * Many writers changing one initiative at once (people in one project; cluster nodes), each with its own
     * connection: the summary row ends up with every change that committed. A refresh that computed the row before
     * taking its lock could write over a concurrent change it had not seen (at READ COMMITTED); at Active Objects'
     * SERIALIZABLE the database refuses all but one of the concurrent row writes and the repositories retry them. A
     * change still refused after the retries is a 409 and leaves nothing behind; most must get through.
     */
    @Test
    @NonTransactional
    public void concurrentChangesToOneInitiativeAllReachItsRow() throws Exception {
        race("SERIALIZABLE (Active Objects' default)");
    }

    /** READ COMMITTED is PostgreSQL's default; which level Jira gives Active Objects' transactions is not confirmed. */
    @Test
    @NonTransactional
    public void concurrentChangesToOneInitiativeAllReachItsRowAtReadCommitted() throws Exception {
        ReadCommitted.run(() -> race("READ_COMMITTED"));
    }

    private void race(String isolation) throws Exception {
        World world = new World(2026);
        long issue = 900_000;
        List<PhaseProgress> phases = new ArrayList<>();
        for (String p : PHASES) {
            phases.add(new PhaseProgress(p, null, new IssueRef(issue + phases.size() + 1, "RACE-" + issue + phases.size()),
                    PhaseStatus.NOT_STARTED, List.of()));
        }
        Initiative initiative = world.initiatives.create(new Initiative(0, new IssueRef(issue, "DEMO-" + issue), "DEMO",
                "Race", 1, "ANCHORING", InitiativeStatus.ACTIVE, 0, 0, phases, List.of()));
        int writers = 8;
        int rounds = 6;
        List<Gain> own = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            own.add(world.gains.create(world.randomGain(0, initiative.id(), 0)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger measured = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> firstRefusal = new java.util.concurrent.atomic.AtomicReference<>("");
        try {
            CyclicBarrier start = new CyclicBarrier(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    Gain gain = own.get(writer);
                    for (int n = 0; n < rounds; n++) {
                        try {
                            world.stakeholders.create(new Stakeholder(0, initiative.id(), "Writer " + writer, "Group",
                                    Level.values()[(writer + n) % Level.values().length], null, 0, 1, 3, 3,
                                    Involvement.CONSULT, null, null, null, null, Map.of(), 0));
                            created.incrementAndGet();
                        } catch (RoadmapException.Conflict e) {
                            refused(refused, firstRefusal, e);
                        }
                        try {
                            gain = world.gains.addMeasurement(new Measurement(0, gain.id(),
                                    gain.baselineValue().add(BigDecimal.valueOf(n + 1)),
                                    gain.baselineDate().plusDays(n + 1), "member", null), gain.version()).gain();
                            measured.incrementAndGet();
                        } catch (RoadmapException.Conflict e) {
                            refused(refused, firstRefusal, e);
                            gain = world.gains.find(gain.id()).orElseThrow();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
            System.out.printf("summary-race: db=%s isolation=%s writers=%d changes=%d refused=%d first_refusal=%s%n",
                    entityManager.getProvider().getClass().getSimpleName(), isolation, writers, 2 * writers * rounds, refused.get(),
                    firstRefusal.get());
            InitiativeSummary stored = storedRows(world.summaries).get(initiative.id());
            assertEquals(world.summaries.compute(initiative.id()), stored);
            assertEquals(created.get(), world.stakeholders.findByInitiative(initiative.id()).size());
            long measurements = own.stream().mapToLong(g -> world.gains.findMeasurements(g.id()).size()).sum();
            assertEquals(measured.get(), measurements);
            assertTrue("most concurrent changes get through: refused " + refused + " of " + 2 * writers * rounds,
                    refused.get() * 10 <= 2 * writers * rounds);
            assertEquals("a rebuild finds nothing to repair", List.of(), world.summaries.rebuild().different());
        } finally {
            pool.shutdownNow();
            // Committed for real: leave the tables as empty as the other tests expect them.
            for (Class<? extends net.java.ao.RawEntity<Integer>> table : List.of(MeasurementEntity.class,
                    GainEntity.class, AnchoringStatusEntity.class, StakeholderEntity.class, PhaseStateEntity.class,
                    InitiativeEntity.class, InitiativeSummaryEntity.class, RevisionClaimEntity.class)) {
                activeObjects().deleteWithSQL(table, "ID > ?", 0);
            }
        }
    }

    /** Counts a 409 and keeps the database's words for the first one (its cause), for the printed line. */
    private static void refused(AtomicInteger refused, java.util.concurrent.atomic.AtomicReference<String> first,
            RoadmapException.Conflict e) {
        refused.incrementAndGet();
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String words = root == e ? "stale version" : String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        first.compareAndSet("", words.replace(' ', '_'));
    }

    @Test
    public void aRebuildNamesAndRepairsRowsThatDiffer() {
        World world = new World(99);
        for (int n = 0; n < 40; n++) {
            world.step();
        }
        InitiativeSummaryEntity[] rows = activeObjects().find(InitiativeSummaryEntity.class,
                Query.select().order("INITIATIVE_ID ASC"));
        assertTrue(rows.length > 1);
        rows[0].setGainMoney("COST,NOK,1,1,1");
        rows[0].save();
        long tampered = rows[0].getInitiativeId();
        activeObjects().delete(rows[1]);
        long missing = rows[1].getInitiativeId();

        InitiativeFigures.Rebuild rebuild = world.summaries.rebuild();
        assertEquals(world.liveInitiatives.size(), rebuild.checked());
        assertEquals(List.of(tampered, missing), rebuild.different());
        assertEquals(List.of(), world.summaries.rebuild().different());
        assertEquals(world.summaries.compute(tampered), storedRows(world.summaries).get(tampered));
    }

    @Test
    public void aPortfolioReadsOneRowPerInitiativeInOneQueryWhateverTheirNumber() {
        World world = new World(7);
        for (int n = 0; n < 30; n++) {
            world.step();
        }
        AtomicInteger calls = new AtomicInteger();
        ActiveObjects counting = counting(activeObjects(), calls);
        PortfolioService service = new PortfolioService(summaries(counting, calculator), new AoGainRepository(counting),
                null, PortfolioCache.NONE, null);
        PortfolioQuery query = new PortfolioQuery(PROJECTS, Currency.DKK);
        service.compute(PROJECTS, query, TODAY);
        int small = calls.getAndSet(0);
        for (int n = 0; n < 200; n++) {
            world.step();
        }
        Portfolio large = service.compute(PROJECTS, query, TODAY);
        assertEquals(world.liveInitiatives.size(), large.initiatives());
        assertTrue("rows, then the overdue gains' titles: " + small, small <= 2);
        assertEquals("query count does not grow with the data", small, calls.get());
    }

    /** Counts every call that reaches the database through Active Objects (each is one SQL statement here). */
    private static ActiveObjects counting(ActiveObjects target, AtomicInteger calls) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    calls.incrementAndGet();
                    return method.invoke(target, args);
                });
    }
}
