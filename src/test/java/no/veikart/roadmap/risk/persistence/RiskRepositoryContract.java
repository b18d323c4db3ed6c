package no.veikart.roadmap.risk.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.platform.cache.JiraRequestScope;
import no.veikart.roadmap.risk.domain.Acceptance;
import no.veikart.roadmap.risk.domain.Handover;
import no.veikart.roadmap.risk.domain.HandoverOutcome;
import no.veikart.roadmap.risk.domain.Measure;
import no.veikart.roadmap.risk.domain.MeasureStatus;
import no.veikart.roadmap.risk.domain.Risk;
import no.veikart.roadmap.risk.domain.RiskCategory;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import no.veikart.roadmap.risk.domain.RiskRepository;
import no.veikart.roadmap.sandbox.cache.SandboxRequestCacheFactory;
import no.veikart.roadmap.testsupport.ConflictRace;
import org.junit.Test;

/** Risks, plans and handovers on a real database; run by the H2 and PostgreSQL subclasses. */
@Data(RiskSchema.class)
public abstract class RiskRepositoryContract extends ActiveObjectsTestSupport {
    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    private AoRiskRepository risks() {
        return new AoRiskRepository(activeObjects());
    }

    private static Risk internet(long initiativeId, List<Measure> measures) {
        return new Risk(0, initiativeId, "Borgere uden stabilt internet", "Træning hjemme kræver video", "Landdistrikter",
                RiskCategory.TECHNOLOGY, 4, 4, 2, 3, "Træning på plejecentret", new Acceptance("admin", "Lille pilot", DUE),
                "member", DUE, measures, 0);
    }

    /** Issue 14: one read per request for the risk panel and the status report's suggestions; writes forget it. */
    @Test
    public void aRequestReadsTheRisksAndPlanOnceUntilAWrite() {
        SandboxRequestCacheFactory caches = new SandboxRequestCacheFactory();
        AoRiskRepository shared = new AoRiskRepository(activeObjects(), new JiraRequestScope(caches),
                no.veikart.roadmap.initiative.domain.InitiativeFigures.NONE);
        caches.inRequest(() -> {
            List<Risk> none = shared.findByInitiative(73);
            assertSame(none, shared.findByInitiative(73));
            Risk created = shared.create(internet(73, List.of()));
            assertEquals(List.of(created), shared.findByInitiative(73));
            RiskRepository.ContingencyPlan plan = shared.plan(73);
            assertSame(plan, shared.plan(73));
            shared.savePlan(73, "Tilbake til fysisk trening", plan.version());
            assertEquals("Tilbake til fysisk trening", shared.plan(73).text());
            shared.delete(created.id(), created.version());
            assertTrue(shared.findByInitiative(73).isEmpty());
        });
    }


    @Test
    public void aRiskRoundTripsWithMeasuresDatesAndUnicode() {
        Risk created = risks().create(internet(70, List.of(new Measure(0, "4G-router til låns", "member", DUE,
                MeasureStatus.IN_PROGRESS, "DEMO-9"))));
        assertTrue(created.id() > 0);
        assertEquals(0, created.version());
        Measure m = created.measures().get(0);
        assertTrue(m.id() > 0);
        assertEquals("4G-router til låns", m.text());
        assertEquals(DUE, m.due());
        assertEquals("DEMO-9", m.issueKey());
        assertEquals(Integer.valueOf(2), created.residualLikelihood());
        assertEquals(new Acceptance("admin", "Lille pilot", DUE), created.acceptance());
        assertEquals(created, risks().find(created.id()).orElseThrow());
        assertEquals(List.of(created), risks().findByInitiative(70));
        assertEquals(List.of(created), risks().findByInitiatives(List.of(70L, 71L)));
        assertEquals(1, risks().countByInitiative(70));
    }

    @Test
    public void anUpdateReplacesMeasuresAndBumpsTheVersionOnce() {
        Risk created = risks().create(internet(71, List.of(new Measure(0, "A", null, null, MeasureStatus.PLANNED, null),
                new Measure(0, "B", null, null, MeasureStatus.PLANNED, null))));
        Measure a = created.measures().get(0);
        Risk changed = new Risk(created.id(), 71, "Changed", null, null, RiskCategory.PEOPLE, 5, 5, null, null, null, null, null,
                null, List.of(new Measure(a.id(), "A done", null, null, MeasureStatus.DONE, null),
                        new Measure(0, "C", null, null, MeasureStatus.PLANNED, null)), 0);
        Risk updated = risks().update(changed, 0);
        assertEquals(1, updated.version());
        assertEquals(List.of("A done", "C"), updated.measures().stream().map(Measure::text).toList());
        assertEquals(a.id(), updated.measures().get(0).id());
        assertNull(updated.acceptance());
        assertNull(updated.residualLikelihood());
        assertThrows(RoadmapException.Conflict.class, () -> risks().update(changed, 0));
        assertThrows(RoadmapException.Conflict.class, () -> risks().delete(created.id(), 0));
        risks().delete(created.id(), 1);
        assertFalse(risks().find(created.id()).isPresent());
        assertEquals(0, activeObjects().count(RiskMeasureEntity.class, "RISK_ID = ?", created.id()));
    }

    @Test
    public void thePlanAndTheHandoverAreOneVersionedRowPerInitiative() {
        assertEquals(0, risks().plan(72).version());
        assertEquals(1, risks().savePlan(72, "Tilbage til fysisk træning", 0).version());
        assertThrows(RoadmapException.Conflict.class, () -> risks().savePlan(72, "Lost", 0));
        assertEquals("Tilbage til fysisk træning", risks().plan(72).text());

        AoHandoverRepository handovers = new AoHandoverRepository(activeObjects());
        assertFalse(handovers.find(72).isPresent());
        Handover h = new Handover(72, DUE, "member", "Slutrapport", true, true, "Leder\nDrift", "Start småt",
                HandoverOutcome.HANDED_OVER, 0);
        Handover saved = handovers.save(h, 0);
        assertEquals(1, saved.version());
        assertEquals("Leder\nDrift", saved.participants());
        assertTrue(saved.done());
        assertThrows(RoadmapException.Conflict.class, () -> handovers.save(h, 0));
        assertEquals(2, handovers.save(h, 1).version());
    }

    @Test
    @NonTransactional
    public void concurrentEditorsOfARiskLoseNoUpdate() throws Exception {
        AoRiskRepository repository = risks();
        long initiativeId = 1_000_000 + Math.floorMod(System.nanoTime(), 1_000_000_000L);
        String db = entityManager.getProvider().getClass().getSimpleName().replace("DatabaseProvider", "");
        long id = repository.create(internet(initiativeId, List.of())).id();
        ConflictRace.Result result = ConflictRace.run("risk@" + db, 8, 12, () -> repository.find(id).orElseThrow(), Risk::version,
                (seen, mark) -> {
                    List<Measure> measures = new ArrayList<>(seen.measures());
                    measures.add(new Measure(0, mark, null, null, MeasureStatus.PLANNED, null));
                    return repository.update(seen.withMeasures(measures, seen.version()), seen.version()).version();
                });
        Risk stored = repository.find(id).orElseThrow();
        result.assertNoneLost(stored.version(), stored.measures().stream().map(Measure::text).toList());
    }

    @Test
    @NonTransactional
    public void concurrentFirstSavesOfAHandoverMakeOneRow() throws Exception {
        AoHandoverRepository repository = new AoHandoverRepository(activeObjects());
        long initiativeId = 2_000_000 + Math.floorMod(System.nanoTime(), 1_000_000_000L);
        String db = entityManager.getProvider().getClass().getSimpleName().replace("DatabaseProvider", "");
        ConflictRace.Result result = ConflictRace.run("handover@" + db, 8, 12,
                () -> repository.find(initiativeId).orElse(Handover.empty(initiativeId)), Handover::version,
                (seen, mark) -> repository.save(new Handover(initiativeId, null, null, null, false, false,
                        ConflictRace.append(seen.participants(), mark), null, HandoverOutcome.PENDING, seen.version()),
                        seen.version()).version());
        Handover stored = repository.find(initiativeId).orElseThrow();
        result.assertNoneLost(stored.version(), ConflictRace.chain(stored.participants()));
        assertEquals(1, activeObjects().count(HandoverEntity.class, "INITIATIVE_ID = ?", initiativeId));
    }

    /** The contingency plan: first saves on many nodes make one row, and every winner's line is kept in order. */
    @Test
    @NonTransactional
    public void concurrentSavesOfAContingencyPlanLoseNoUpdate() throws Exception {
        AoRiskRepository repository = risks();
        long initiativeId = 3_000_000 + Math.floorMod(System.nanoTime(), 1_000_000_000L);
        String db = entityManager.getProvider().getClass().getSimpleName().replace("DatabaseProvider", "");
        ConflictRace.Result result = ConflictRace.run("riskPlan@" + db, 8, 12, () -> repository.plan(initiativeId),
                RiskRepository.ContingencyPlan::version, (seen, mark) -> repository.savePlan(initiativeId,
                        ConflictRace.append(seen.text(), mark), seen.version()).version());
        RiskRepository.ContingencyPlan stored = repository.plan(initiativeId);
        result.assertNoneLost(stored.version(), ConflictRace.chain(stored.text()));
        assertEquals(1, activeObjects().count(RiskPlanEntity.class, "INITIATIVE_ID = ?", initiativeId));
    }
}
