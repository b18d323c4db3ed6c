package no.veikart.roadmap.pilot.integration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.phase.domain.GateCondition.GateRequirement;
import no.veikart.roadmap.pilot.domain.EvaluationDraft;
import no.veikart.roadmap.pilot.domain.GainFact;
import no.veikart.roadmap.pilot.domain.InMemoryPilots;
import no.veikart.roadmap.pilot.domain.PilotService;
import no.veikart.roadmap.pilot.domain.PilotStage;
import no.veikart.roadmap.pilot.domain.PlanDraft;
import org.junit.Before;
import org.junit.Test;

public class PilotGateConditionTest {
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.ENGLISH);
    private final Map<Long, PilotStage.Stage> stages = new HashMap<>();
    private PilotService service;
    private PilotGateCondition gate;

    @Before
    public void setUp() {
        InitiativeLookup lookup = mock(InitiativeLookup.class);
        AccessControl access = mock(AccessControl.class);
        when(lookup.find(any(), eq("DEMO-1"))).thenReturn(Optional.of(new InitiativeRef(1, 100, "DEMO-1", "DEMO", List.of(), "SERVICE_DEVELOPMENT")));
        when(access.canBrowseIssue(MEMBER, 100)).thenReturn(true);
        when(access.canEditIssue(MEMBER, 100)).thenReturn(true);
        stages.put(1L, new PilotStage.Stage(1, false, "SERVICE_DEVELOPMENT"));
        service = new PilotService(new InMemoryPilots(), lookup, access, id -> Optional.ofNullable(stages.get(id)),
                (a, k) -> List.of(new GainFact(7, "Care hours", List.of())), e -> { }, Clock.systemUTC());
        gate = new PilotGateCondition(service);
    }

    private static List<String> keys(List<GateRequirement> unmet) {
        return unmet.stream().map(GateRequirement::key).toList();
    }

    @Test
    public void leavingServiceDevelopmentNeedsACompletePlan() {
        assertEquals(List.of("roadmap.pilot.gate.noPlan"), keys(gate.unmet(1, "SERVICE_DEVELOPMENT")));
        service.savePlan(MEMBER, "DEMO-1", 1, new PlanDraft("Lære", null, "2021-01-04", "2021-04-30", null, null, null, null,
                null, null, null, 0L));
        List<GateRequirement> unmet = gate.unmet(1, "SERVICE_DEVELOPMENT");
        assertEquals(List.of("roadmap.pilot.gate.incomplete"), keys(unmet));
        assertEquals(List.of(1, 2, "roadmap.pilot.plan.scope.label, roadmap.pilot.plan.participants.label, "
                + "roadmap.pilot.plan.information.label, roadmap.pilot.plan.competence.label, roadmap.pilot.plan.errorHandling.label, "
                + "roadmap.pilot.plan.measurement.label, roadmap.pilot.plan.observation.label, roadmap.pilot.plan.documentation.label"),
                unmet.get(0).args());
        service.savePlan(MEMBER, "DEMO-1", 1, full(1));
        assertTrue(gate.unmet(1, "SERVICE_DEVELOPMENT").isEmpty());
        assertTrue(gate.unmet(1, "INSIGHT").isEmpty());
    }

    @Test
    public void leavingPilotingNeedsAnEvaluationAndACopiedPlanMustBeReviewed() {
        service.savePlan(MEMBER, "DEMO-1", 1, full(0));
        stages.put(1L, new PilotStage.Stage(1, true, "PILOTING"));
        assertEquals(List.of("roadmap.pilot.gate.noEvaluation"), keys(gate.unmet(1, "PILOTING")));
        EvaluationDraft.RatingDraft r = new EvaluationDraft.RatingDraft(3, null);
        service.saveEvaluation(MEMBER, "DEMO-1", 1, new EvaluationDraft(r, r, r, r, null, null, "BACK_TO_SERVICE_DEVELOPMENT",
                "Redesign", 1L));
        assertTrue(gate.unmet(1, "PILOTING").isEmpty());
        // Back in Service development: round 2 is prepared from round 1's plan, which must be saved again.
        stages.put(1L, new PilotStage.Stage(2, false, "SERVICE_DEVELOPMENT"));
        assertEquals(List.of("roadmap.pilot.gate.draft"), keys(gate.unmet(1, "SERVICE_DEVELOPMENT")));
        assertEquals(List.of(2), gate.unmet(1, "SERVICE_DEVELOPMENT").get(0).args());
    }

    private static PlanDraft full(long version) {
        return new PlanDraft("Lære", "Nord", "2021-01-04", "2021-04-30", new PlanDraft.ParticipantsDraft(10, 3, null, "Borgere"),
                "Brev", "Kursus", "Hotline", new PlanDraft.MeasurementDraft(List.of(7L), null), "Besøg", "Logbog", version);
    }

}
