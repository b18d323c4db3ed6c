package no.veikart.roadmap.platform.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.Frequency;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.gain.domain.Unit;
import no.veikart.roadmap.gain.persistence.AoGainRepository;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.MoveRequest;
import no.veikart.roadmap.phase.domain.PhaseDefinition;
import no.veikart.roadmap.phase.domain.PhaseGate;
import no.veikart.roadmap.phase.domain.PhaseMove;
import no.veikart.roadmap.phase.domain.RoadmapTemplate;
import no.veikart.roadmap.phase.domain.StepDefinition;
import no.veikart.roadmap.phase.persistence.AoInitiativeRepository;
import no.veikart.roadmap.phase.persistence.AoTemplateRepository;
import no.veikart.roadmap.phase.persistence.PhaseRepositoryContract;
import no.veikart.roadmap.leader.domain.LeaderAccessSettings;
import no.veikart.roadmap.leader.persistence.AoLeaderAccessStore;
import no.veikart.roadmap.reporting.domain.OrgUnitRepository;
import no.veikart.roadmap.reporting.domain.ReportingCadence;
import no.veikart.roadmap.reporting.persistence.AoCadenceRepository;
import no.veikart.roadmap.reporting.persistence.AoOrgUnitRepository;
import no.veikart.roadmap.stakeholder.domain.AnchoringStatus;
import no.veikart.roadmap.stakeholder.domain.ContactLogEntry;
import no.veikart.roadmap.stakeholder.domain.Involvement;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;
import no.veikart.roadmap.stakeholder.persistence.AoStakeholderRepository;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import no.veikart.roadmap.testsupport.ConflictRace;
import no.veikart.roadmap.testsupport.ReadCommitted;
import org.junit.Test;

/**
 * No lost updates on a real database: for every mutable record, {@value ConflictRace#THREADS} writers (standing in
 * for cluster nodes, each with its own connection) edit it at the same version in each of
 * {@value ConflictRace#ROUNDS} rounds. Exactly one wins per version, the others get the 409 conflict, and the stored
 * record is the chain of the winners' edits in order. Run by the H2 and PostgreSQL subclasses.
 */
@Data(LostUpdateSchema.class)
public abstract class LostUpdateContract extends ActiveObjectsTestSupport {
    private static final Actor ACTOR = new Actor("member", "member", "Mette Member", Locale.ENGLISH);
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    @NonTransactional
    public void stakeholderEdits() throws Exception {
        AoStakeholderRepository repository = new AoStakeholderRepository(activeObjects());
        long id = repository.create(stakeholder(race())).id();

        ConflictRace.Result result = ConflictRace.run(on("stakeholder"), () -> repository.find(id).orElseThrow(),
                Stakeholder::version, (seen, mark) -> repository.update(seen.withNotes(ConflictRace.append(seen.notes(), mark)),
                        seen.version()).version());

        Stakeholder stored = repository.find(id).orElseThrow();
        result.assertNoneLost(stored.version(), ConflictRace.chain(stored.notes()));
    }

    @Test
    @NonTransactional
    public void stakeholderContactLog() throws Exception {
        AoStakeholderRepository repository = new AoStakeholderRepository(activeObjects());
        long id = repository.create(stakeholder(race())).id();

        ConflictRace.Result result = ConflictRace.run(on("contact log"), () -> repository.find(id).orElseThrow(),
                Stakeholder::version, (seen, mark) -> repository.addContact(
                        new ContactLogEntry(0, id, LocalDate.of(2026, 2, 1), "ANCHORING", "member", "Mette Member", mark),
                        seen.withContacts(LocalDate.of(2026, 2, 1), null), seen.version()).stakeholder().version());

        Stakeholder stored = repository.find(id).orElseThrow();
        List<String> log = repository.findContacts(id).stream().sorted((a, b) -> Long.compare(a.id(), b.id()))
                .map(ContactLogEntry::agreed).toList();
        result.assertNoneLost(stored.version(), log);
    }

    @Test
    @NonTransactional
    public void gainEdits() throws Exception {
        AoGainRepository repository = new AoGainRepository(activeObjects());
        long id = repository.create(gain(race())).id();

        ConflictRace.Result result = ConflictRace.run(on("gain"), () -> repository.find(id).orElseThrow(), Gain::version,
                (seen, mark) -> repository.update(withMethod(seen, ConflictRace.append(seen.method(), mark)), seen.version()).version());

        Gain stored = repository.find(id).orElseThrow();
        result.assertNoneLost(stored.version(), ConflictRace.chain(stored.method()));
    }

    @Test
    @NonTransactional
    public void measurements() throws Exception {
        AoGainRepository repository = new AoGainRepository(activeObjects());
        long id = repository.create(gain(race())).id();

        ConflictRace.Result result = ConflictRace.run(on("measurement"), () -> repository.find(id).orElseThrow(), Gain::version,
                (seen, mark) -> repository.addMeasurement(new Measurement(0, id, new BigDecimal("14000"), LocalDate.of(2026, 2, 1),
                        "member", mark), seen.version()).gain().version());

        Gain stored = repository.find(id).orElseThrow();
        List<String> comments = repository.findMeasurements(id).stream().sorted((a, b) -> Long.compare(a.id(), b.id()))
                .map(Measurement::comment).toList();
        result.assertNoneLost(stored.version(), comments);
    }

    @Test
    @NonTransactional
    public void economics() throws Exception {
        AoGainRepository repository = new AoGainRepository(activeObjects());
        long initiativeId = race();
        repository.saveEconomics(economics(initiativeId, BigDecimal.ZERO, 0), null);

        ConflictRace.Result result = ConflictRace.run(on("economics"), () -> repository.findEconomics(initiativeId).orElseThrow(),
                Economics::version, (seen, mark) -> repository.saveEconomics(economics(initiativeId,
                        seen.investment().add(BigDecimal.ONE), seen.version()), seen.version()).version());

        Economics stored = repository.findEconomics(initiativeId).orElseThrow();
        // Every winner added one to the investment: a lost update would leave it short of the winners.
        result.assertNoneLost(stored.version(), stored.investment().intValueExact());
    }

    @Test
    @NonTransactional
    public void initiativePhaseMoves() throws Exception {
        AoInitiativeRepository repository = new AoInitiativeRepository(activeObjects());
        long issueId = race();
        repository.create(PhaseRepositoryContract.newInitiative("RACE", issueId));

        ConflictRace.Result result = ConflictRace.run(on("initiative"), () -> repository.findByAnyIssueId(issueId).orElseThrow(),
                Initiative::version, (seen, mark) -> {
                    String to = "ANCHORING".equals(seen.currentPhase()) ? "INSIGHT" : "ANCHORING";
                    PhaseGate.Moved moved = (PhaseGate.Moved) PhaseGate.evaluate(seen,
                            new MoveRequest(to, null, "Steering group", mark), ACTOR, NOW);
                    return repository.update(moved.initiative(), seen.version(), List.of(moved.move())).version();
                });

        Initiative stored = repository.findByAnyIssueId(issueId).orElseThrow();
        result.assertNoneLost(stored.version(), stored.moves().stream().map(PhaseMove::reason).toList());
        assertEquals(result.winners() % 2 == 0 ? "ANCHORING" : "INSIGHT", stored.currentPhase());
    }

    @Test
    @NonTransactional
    public void templateEdits() throws Exception {
        AoTemplateRepository repository = new AoTemplateRepository(activeObjects(), new AoConfigStore(activeObjects()));
        long id = repository.create(new RoadmapTemplate(0, "", false, 0, List.of(new PhaseDefinition("ANCHORING", "Forankring",
                List.of(new StepDefinition("OWN", "Eget steg", true)))))).id();

        ConflictRace.Result result = ConflictRace.run(on("template"), () -> repository.find(id).orElseThrow(),
                RoadmapTemplate::version, (seen, mark) -> repository.update(new RoadmapTemplate(id,
                        ConflictRace.append(seen.name(), mark), false, seen.version(), seen.phases()), seen.version()).version());

        RoadmapTemplate stored = repository.find(id).orElseThrow();
        result.assertNoneLost(stored.version(), ConflictRace.chain(stored.name()));
    }

    /**
     * A configuration value replaced only when it still holds what the writer read (risk regions, implementation
     * settings, Jira field ids): "count|chain"; a winner's replace must not overwrite another's.
     */
    @Test
    @NonTransactional
    public void configReplace() throws Exception {
        configRace("config value");
    }

    /** Where a writer does not fail but waits for the other: a replace that compared before locking would win too. */
    @Test
    @NonTransactional
    public void configReplaceAtReadCommitted() throws Exception {
        ReadCommitted.run(() -> configRace("config value at READ COMMITTED"));
    }

    private void configRace(String label) throws Exception {
        AoConfigStore store = new AoConfigStore(activeObjects());
        String key = "race." + race();
        store.putIfAbsent(key, "0|");

        ConflictRace.Result result = ConflictRace.run(on(label), () -> store.get(key).orElseThrow(),
                v -> Long.parseLong(v.substring(0, v.indexOf('|'))), (seen, mark) -> {
                    long count = Long.parseLong(seen.substring(0, seen.indexOf('|')));
                    String next = (count + 1) + "|" + ConflictRace.append(seen.substring(seen.indexOf('|') + 1), mark);
                    if (!store.replace(key, seen, next)) {
                        throw new ConflictRace.Refused("changed since read");
                    }
                    return count + 1;
                });

        String stored = store.get(key).orElseThrow();
        result.assertNoneLost(Long.parseLong(stored.substring(0, stored.indexOf('|'))),
                ConflictRace.chain(stored.substring(stored.indexOf('|') + 1)));
    }

    /** An initiative's organisational unit (INITIATIVE_UNIT), from no row at all: the first save races on the create. */
    @Test
    @NonTransactional
    public void initiativeUnits() throws Exception {
        AoOrgUnitRepository repository = new AoOrgUnitRepository(activeObjects());
        long initiativeId = race();

        ConflictRace.Result result = ConflictRace.run(on("initiative unit"),
                () -> repository.assignments(List.of(initiativeId)).getOrDefault(initiativeId, new OrgUnitRepository.Assignment(0L, 0)),
                OrgUnitRepository.Assignment::version,
                (seen, mark) -> repository.assign(initiativeId, seen.unitId() + 1, seen.version()).version());

        OrgUnitRepository.Assignment stored = repository.assignments(List.of(initiativeId)).get(initiativeId);
        // Every winner moved the unit id one on: a lost update would leave it short of the winners.
        result.assertNoneLost(stored.version(), stored.unitId().intValue());
    }

    /** A project's reporting cadence (REPORT_CADENCE), from no row at all. */
    @Test
    @NonTransactional
    public void reportingCadences() throws Exception {
        AoCadenceRepository repository = new AoCadenceRepository(activeObjects());
        String project = "RACE" + race();

        ConflictRace.Result result = ConflictRace.run(on("reporting cadence"),
                () -> repository.find(List.of(project)).getOrDefault(project, new ReportingCadence(project, 0, 0)),
                ReportingCadence::version,
                (seen, mark) -> repository.save(project, seen.dueWorkingDay() + 1, seen.version()).version());

        ReportingCadence stored = repository.find(List.of(project)).get(project);
        result.assertNoneLost(stored.version(), stored.dueWorkingDay());
    }

    /** Leader access (one value in the shared config table): each winner adds its mark as a group. */
    @Test
    @NonTransactional
    public void leaderAccess() throws Exception {
        activeObjects().deleteWithSQL(ConfigEntryEntity.class, "CONFIG_KEY = ?", "leader.access");
        AoLeaderAccessStore store = new AoLeaderAccessStore(activeObjects());

        ConflictRace.Result result = ConflictRace.run(on("leader access"), store::load, LeaderAccessSettings::version,
                (seen, mark) -> {
                    List<String> groups = new java.util.ArrayList<>(seen.groups());
                    groups.add(mark);
                    return store.save(groups, List.of("DEMO"), seen.version()).version();
                });

        LeaderAccessSettings stored = store.load();
        result.assertNoneLost(stored.version(), stored.groups());
    }

    /**
     * The window the claim's re-check closes: a writer reads version 0, stalls before it claims version 1, and meanwhile
     * two other writes reach version 2 (the second one retires the claim of version 1). Without the re-check its claim
     * of version 1 would now succeed and write version 1 over version 2.
     */
    @Test
    @NonTransactional
    public void aWriterStalledBeforeItsClaimCannotOverwriteLaterVersions() throws Exception {
        AoStakeholderRepository fast = new AoStakeholderRepository(activeObjects());
        Stakeholder original = fast.create(stakeholder(race()));
        CountDownLatch atClaim = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        AoStakeholderRepository stalled = new AoStakeholderRepository(pausedBeforeClaims(activeObjects(), atClaim, resume));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Stakeholder> late = pool.submit(() -> stalled.update(original.withNotes("late"), 0));
            assertTrue("the stalled writer reaches its claim", atClaim.await(30, TimeUnit.SECONDS));
            Stakeholder first = fast.update(original.withNotes("first"), 0);
            fast.update(first.withNotes("second"), 1);
            resume.countDown();

            Exception failure = assertThrows(Exception.class, () -> late.get(30, TimeUnit.SECONDS));
            assertTrue(String.valueOf(failure.getCause()), failure.getCause() instanceof RoadmapException.Conflict);
            Stakeholder stored = fast.find(original.id()).orElseThrow();
            assertEquals("second", stored.notes());
            assertEquals(2, stored.version());
        } finally {
            resume.countDown();
            pool.shutdownNow();
        }
    }

    /** The ActiveObjects of one slow node: its revision claims wait until {@code resume}. */
    private static ActiveObjects pausedBeforeClaims(ActiveObjects ao, CountDownLatch atClaim, CountDownLatch resume) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(), new Class<?>[] {ActiveObjects.class},
                (proxy, method, args) -> {
                    if ("create".equals(method.getName()) && args[0] == RevisionClaimEntity.class) {
                        atClaim.countDown();
                        if (!resume.await(30, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("never resumed");
                        }
                    }
                    try {
                        return method.invoke(ao, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The record's name with the database, for the printed tally. */
    private String on(String record) {
        return record + "@" + entityManager.getProvider().getClass().getSimpleName().replace("DatabaseProvider", "");
    }

    /** Record ids apart per test and per run: the non-transactional tests share the tables. */
    private static long race() {
        return 1_000_000 + Math.floorMod(System.nanoTime(), 1_000_000_000L);
    }

    private static Stakeholder stakeholder(long initiativeId) {
        return new Stakeholder(0, initiativeId, "Ordfører", "Politicians", Level.POLITICAL, "Budget", -1, 2, 5, 3,
                Involvement.CONSULT, "member", null, null, "", Map.of("ANCHORING", AnchoringStatus.PLANNED), 0);
    }

    private static Gain gain(long initiativeId) {
        return new Gain(0, initiativeId, GainType.TIME, "Færre plejetimer", null, Unit.HOURS, null, new BigDecimal("15000"),
                LocalDate.of(2021, 1, 1), new BigDecimal("13650"), LocalDate.of(2021, 12, 31), "member", "", Frequency.MONTHLY, 0);
    }

    private static Gain withMethod(Gain g, String method) {
        return new Gain(g.id(), g.initiativeId(), g.type(), g.title(), g.indicator(), g.unit(), g.currency(), g.baselineValue(),
                g.baselineDate(), g.targetValue(), g.targetDate(), g.ownerKey(), method, g.frequency(), g.version());
    }

    private static Economics economics(long initiativeId, BigDecimal investment, long version) {
        return new Economics(initiativeId, new BigDecimal("750"), Currency.DKK, null, 5, investment, null, null, 0, version);
    }
}
