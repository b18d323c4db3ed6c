package no.veikart.roadmap.phase.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.java.ao.test.jdbc.Data;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.phase.domain.Decision;
import no.veikart.roadmap.phase.domain.DefaultTemplate;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeOutline;
import no.veikart.roadmap.phase.domain.InitiativeStatus;
import no.veikart.roadmap.phase.domain.IssueRef;
import no.veikart.roadmap.phase.domain.MoveRequest;
import no.veikart.roadmap.phase.domain.PhaseDefinition;
import no.veikart.roadmap.phase.domain.PhaseGate;
import no.veikart.roadmap.phase.domain.PhaseMove;
import no.veikart.roadmap.phase.domain.PhaseProgress;
import no.veikart.roadmap.phase.domain.PhaseStatus;
import no.veikart.roadmap.phase.domain.RoadmapTemplate;
import no.veikart.roadmap.phase.domain.StepDefinition;
import no.veikart.roadmap.phase.domain.StepProgress;
import no.veikart.roadmap.platform.persistence.AoConfigStore;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import org.junit.Test;

/** Repository behaviour on a real database; run by {@link PhaseRepositoryH2Test} and {@link PhaseRepositoryPostgresTest}. */
@Data(PhaseSchema.class)
public abstract class PhaseRepositoryContract extends ActiveObjectsTestSupport {
    private static final Actor ACTOR = new Actor("member", "member", "Mette Member", Locale.ENGLISH);

    private AoTemplateRepository templates() {
        return new AoTemplateRepository(activeObjects(), new AoConfigStore(activeObjects()));
    }

    private AoInitiativeRepository initiatives() {
        return new AoInitiativeRepository(activeObjects());
    }

    @Test
    public void builtInTemplateIsStoredOnceAndReadBackWhole() {
        RoadmapTemplate first = templates().ensureBuiltIn(DefaultTemplate.create());
        RoadmapTemplate second = templates().ensureBuiltIn(DefaultTemplate.create());

        assertEquals(first.id(), second.id());
        assertEquals(1, templates().findAll().size());
        assertTrue(first.builtIn());
        assertNull(first.name());
        assertEquals(DefaultTemplate.create().phases(), second.phases());
    }

    @Test
    public void templateUpdateChecksTheVersion() {
        RoadmapTemplate created = templates().create(new RoadmapTemplate(0, "Fem faser", false, 0,
                List.of(new PhaseDefinition("ANCHORING", "Forankring og mål", List.of(new StepDefinition("OWN", "Eget steg", true))))));

        RoadmapTemplate updated = templates().update(new RoadmapTemplate(created.id(), "Fem faser v2", false, 0, created.phases()), 0);
        assertEquals(1, updated.version());
        assertEquals("Fem faser v2", templates().find(created.id()).orElseThrow().name());
        assertEquals("Eget steg", updated.phases().get(0).steps().get(0).customName());

        assertThrows(RoadmapException.Conflict.class,
                () -> templates().update(new RoadmapTemplate(created.id(), "late", false, 0, created.phases()), 0));
    }

    @Test
    public void initiativeRoundTripsWithPhasesStepsAndOrder() {
        Initiative stored = initiatives().create(newInitiative("DEMO", 1000));

        Initiative loaded = initiatives().findByAnyIssueId(1000).orElseThrow();

        assertEquals(stored.id(), loaded.id());
        assertEquals("DEMO-1000", loaded.issue().key());
        assertEquals(6, loaded.phases().size());
        assertEquals("ANCHORING", loaded.phases().get(0).phaseKey());
        assertEquals(PhaseStatus.ACTIVE, loaded.phases().get(0).status());
        assertEquals("DEFINE_PROBLEMS_AND_GOALS", loaded.phases().get(0).steps().get(0).stepKey());
        assertEquals(29, loaded.phases().stream().mapToInt(p -> p.steps().size()).sum());
        assertEquals(0, loaded.version());
    }

    @Test
    public void initiativeIsFoundFromItsPhaseAndStepIssues() {
        Initiative stored = initiatives().create(newInitiative("DEMO", 2000));
        long phaseIssue = stored.phases().get(2).issue().id();
        long stepIssue = stored.phases().get(3).steps().get(1).issue().id();

        assertEquals(stored.id(), initiatives().findByAnyIssueId(phaseIssue).orElseThrow().id());
        assertEquals(stored.id(), initiatives().findByAnyIssueId(stepIssue).orElseThrow().id());
        assertFalse(initiatives().findByAnyIssueId(999_999).isPresent());
    }

    @Test
    public void thePilotRecommendationIsStoredWithTheDecision() {
        Initiative stored = initiatives().create(newInitiative("DEMO", 1400));
        Instant at = Instant.parse("2026-05-01T10:00:00Z");
        PhaseMove against = new PhaseMove("PILOTING", "PILOTING", Decision.FURTHER_TESTS, null, "Opplæringen rakk ikke alle",
                List.of(), "member", "Mette Member", at, 1, Decision.OPERATIONS);
        PhaseMove none = new PhaseMove("PILOTING", "INSIGHT", Decision.BACK_TO_INSIGHT, null, null, List.of(), "member",
                "Mette Member", at, 2, null);

        initiatives().update(stored, 0, List.of(against, none));
        List<PhaseMove> moves = initiatives().findByAnyIssueId(1400).orElseThrow().moves();

        assertEquals(Decision.OPERATIONS, moves.get(0).advised());
        assertEquals(Boolean.FALSE, moves.get(0).followedAdvice());
        assertNull(moves.get(1).advised());
        assertNull(moves.get(1).followedAdvice());
    }

    @Test
    public void movesAndStepsArePersistedAndVersionsAreChecked() {
        Initiative stored = initiatives().create(newInitiative("DEMO", 3000));
        PhaseGate.Moved moved = (PhaseGate.Moved) PhaseGate.evaluate(stored,
                new MoveRequest("INSIGHT", null, "Vedtatt i styringsgruppen", null), ACTOR, Instant.parse("2026-03-01T10:00:00Z"));

        Initiative saved = initiatives().update(moved.initiative(), 0, List.of(moved.move()));

        assertEquals(1, saved.version());
        assertEquals("INSIGHT", saved.currentPhase());
        assertEquals(PhaseStatus.DONE, saved.phase("ANCHORING").orElseThrow().status());
        assertEquals(1, saved.moves().size());
        assertEquals("Vedtatt i styringsgruppen", saved.moves().get(0).overrideReason());
        assertEquals(List.of("DEFINE_PROBLEMS_AND_GOALS", "BUILD_TEAM", "IDENTIFY_STAKEHOLDERS"), saved.moves().get(0).missingSteps());
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), saved.moves().get(0).at());

        assertThrows(RoadmapException.Conflict.class, () -> initiatives().update(moved.initiative(), 0, List.of()));

        Initiative ticked = saved.withPhases(saved.phases().stream()
                .map(p -> p.withSteps(p.steps().stream().map(s -> s.stepKey().equals("MAP_EXISTING_SERVICE")
                        ? s.markDone(true, "member", Instant.parse("2026-03-02T08:00:00Z")) : s).toList()))
                .toList());
        Initiative afterTick = initiatives().update(ticked, 1, List.of());
        StepProgress step = afterTick.step("MAP_EXISTING_SERVICE").orElseThrow();
        assertTrue(step.done());
        assertEquals("member", step.doneBy());
        assertEquals(2, afterTick.version());
    }

    @Test
    public void initiativesAreListedPerProject() {
        initiatives().create(newInitiative("DEMO", 4000));
        initiatives().create(newInitiative("DEMO", 5000));
        initiatives().create(newInitiative("HELSE", 6000));

        assertEquals(2, initiatives().findByProject("DEMO").size());
        assertEquals(1, initiatives().findByProject("HELSE").size());
        assertEquals(InitiativeStatus.ACTIVE, initiatives().findByProject("HELSE").get(0).status());

        List<InitiativeOutline> outlines = initiatives().outlinesInProject("DEMO");
        assertEquals(2, outlines.size());
        assertEquals("DEMO-4000", outlines.get(0).issueKey());
        assertEquals(4000, outlines.get(0).issueId());
        assertEquals("ANCHORING", outlines.get(0).currentPhase());
        assertEquals(DefaultTemplate.create().phases().stream().map(PhaseDefinition::key).toList(), outlines.get(1).phaseKeys());
        assertTrue(initiatives().outlinesInProject("NONE").isEmpty());
    }

    /** A fresh initiative of the default template whose issues have ids from {@code firstIssueId} up (also for other contracts). */
    public static Initiative newInitiative(String project, long firstIssueId) {
        long id = firstIssueId;
        List<PhaseProgress> phases = new ArrayList<>();
        for (PhaseDefinition p : DefaultTemplate.create().phases()) {
            long phaseId = ++id;
            List<StepProgress> steps = new ArrayList<>();
            for (StepDefinition s : p.steps()) {
                long stepId = ++id;
                steps.add(new StepProgress(s.key(), null, new IssueRef(stepId, project + "-" + stepId), s.mandatory(), false, null, null));
            }
            phases.add(new PhaseProgress(p.key(), null, new IssueRef(phaseId, project + "-" + phaseId),
                    phases.isEmpty() ? PhaseStatus.ACTIVE : PhaseStatus.NOT_STARTED, steps));
        }
        return new Initiative(0, new IssueRef(firstIssueId, project + "-" + firstIssueId), project, "Digital hjemmetrening", 1,
                "ANCHORING", InitiativeStatus.ACTIVE, 0, 0, phases, List.of());
    }
}
