package no.veikart.roadmap.phase.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.junit.Test;

public class PhaseGateTest {
    private static final Actor MEMBER = new Actor("member", "member", "Mette Member", Locale.ENGLISH);
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static PhaseGate.Outcome move(Initiative i, String to, Decision decision, String override, String reason) {
        return PhaseGate.evaluate(i, new MoveRequest(to, decision, override, reason), MEMBER, NOW);
    }

    @Test
    public void forwardMoveWithOpenMandatoryStepsIsBlockedAndNamesThem() {
        PhaseGate.Outcome outcome = move(Initiatives.fresh(), "INSIGHT", null, null, null);

        PhaseGate.Blocked blocked = (PhaseGate.Blocked) outcome;
        assertEquals(List.of("DEFINE_PROBLEMS_AND_GOALS", "BUILD_TEAM", "IDENTIFY_STAKEHOLDERS"),
                blocked.missingSteps().stream().map(StepProgress::stepKey).toList());
    }

    @Test
    public void forwardMoveWithMandatoryStepsDonePasses() {
        Initiative ready = Initiatives.withMandatoryDone(Initiatives.fresh(), "ANCHORING");

        PhaseGate.Moved moved = (PhaseGate.Moved) move(ready, "INSIGHT", null, null, null);

        assertEquals("INSIGHT", moved.initiative().currentPhase());
        assertEquals(PhaseStatus.DONE, moved.initiative().phase("ANCHORING").orElseThrow().status());
        assertEquals(PhaseStatus.ACTIVE, moved.initiative().phase("INSIGHT").orElseThrow().status());
        assertNull(moved.move().overrideReason());
        assertTrue(moved.move().missingSteps().isEmpty());
        assertEquals(1, moved.initiative().moves().size());
    }

    @Test
    public void overrideReasonPassesTheGateAndIsRecordedWithTheOpenSteps() {
        PhaseGate.Moved moved = (PhaseGate.Moved) move(Initiatives.fresh(), "INSIGHT", null, "  Steering group decided on 1 March  ", null);

        assertEquals("Steering group decided on 1 March", moved.move().overrideReason());
        assertEquals(3, moved.move().missingSteps().size());
        assertEquals("member", moved.move().actorKey());
        assertEquals(NOW, moved.move().at());
    }

    @Test
    public void skippingPhasesChecksTheSkippedPhasesToo() {
        Initiative anchoringDone = Initiatives.withMandatoryDone(Initiatives.fresh(), "ANCHORING");

        PhaseGate.Blocked blocked = (PhaseGate.Blocked) move(anchoringDone, "PILOTING", null, null, null);

        List<String> missing = blocked.missingSteps().stream().map(StepProgress::stepKey).toList();
        assertTrue(missing.contains("MAP_EXISTING_SERVICE"));
        assertTrue(missing.contains("IDENTIFY_GAINS"));
        assertTrue(!missing.contains("BUILD_TEAM"));
    }

    @Test
    public void movingBackIsNeverBlocked() {
        PhaseGate.Moved moved = (PhaseGate.Moved) move(Initiatives.at("SERVICE_DEVELOPMENT"), "INSIGHT", null, null, null);

        assertEquals(PhaseStatus.REOPENED, moved.initiative().phase("INSIGHT").orElseThrow().status());
    }

    @Test
    public void leavingPilotingNeedsADecision() {
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class,
                () -> move(Initiatives.at("PILOTING"), "TRANSITION_TO_OPERATIONS", null, null, null));
        assertEquals("roadmap.gate.decisionRequired", e.errors().get(0).key());
        assertEquals("decision", e.errors().get(0).field());
    }

    @Test
    public void decisionOutsidePilotingIsRefused() {
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class,
                () -> move(Initiatives.fresh(), null, Decision.OPERATIONS, null, null));
        assertEquals("roadmap.gate.decisionNotAllowed", e.errors().get(0).key());
    }

    @Test
    public void decisionOperationsMovesToTransitionWhenPilotStepsAreDone() {
        Initiative piloted = Initiatives.withMandatoryDone(Initiatives.at("PILOTING"), "PILOTING");

        PhaseGate.Moved moved = (PhaseGate.Moved) move(piloted, null, Decision.OPERATIONS, null, null);

        assertEquals("TRANSITION_TO_OPERATIONS", moved.initiative().currentPhase());
        assertEquals(Decision.OPERATIONS, moved.move().decision());
    }

    @Test
    public void decisionOperationsIsStillGatedByThePilotSteps() {
        PhaseGate.Blocked blocked = (PhaseGate.Blocked) move(Initiatives.at("PILOTING"), null, Decision.OPERATIONS, null, null);
        assertEquals(List.of("PLAN_PILOT", "IMPLEMENT_PILOT", "EVALUATE_PILOT", "DECIDE"),
                blocked.missingSteps().stream().map(StepProgress::stepKey).toList());
    }

    @Test
    public void decisionAndTargetMustAgree() {
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class,
                () -> move(Initiatives.at("PILOTING"), "NEW_PRACTICES", Decision.OPERATIONS, null, null));
        assertEquals("roadmap.gate.decisionTargetMismatch", e.errors().get(0).key());
    }

    @Test
    public void furtherTestsStartsANewPilotRoundWithOpenSteps() {
        Initiative piloted = Initiatives.withMandatoryDone(Initiatives.at("PILOTING"), "PILOTING");

        PhaseGate.Moved moved = (PhaseGate.Moved) move(piloted, null, Decision.FURTHER_TESTS, null, null);

        assertEquals("PILOTING", moved.initiative().currentPhase());
        assertEquals(2, moved.initiative().pilotRound());
        assertTrue(moved.initiative().phase("PILOTING").orElseThrow().steps().stream().noneMatch(StepProgress::done));
    }

    private static PhaseGate.Outcome advised(Initiative i, Decision decision, String reason, Decision advised) {
        return PhaseGate.evaluate(i, new MoveRequest(null, decision, null, reason), MEMBER, NOW, phase -> List.of(), advised);
    }

    @Test
    public void aDecisionAgainstTheRecommendationNeedsAReasonAndRecordsIt() {
        Initiative piloting = Initiatives.at("PILOTING");

        RoadmapException.Invalid refused = assertThrows(RoadmapException.Invalid.class,
                () -> advised(piloting, Decision.BACK_TO_INSIGHT, " ", Decision.FURTHER_TESTS));
        assertEquals("reason", refused.errors().get(0).field());
        assertEquals("roadmap.gate.againstAdviceReason", refused.errors().get(0).key());

        PhaseMove against = ((PhaseGate.Moved) advised(piloting, Decision.BACK_TO_INSIGHT, "Behovet var feil forstått",
                Decision.FURTHER_TESTS)).move();
        assertEquals(Decision.FURTHER_TESTS, against.advised());
        assertEquals(Boolean.FALSE, against.followedAdvice());
        assertEquals("Behovet var feil forstått", against.reason());

        PhaseMove followed = ((PhaseGate.Moved) advised(piloting, Decision.BACK_TO_INSIGHT, null, Decision.BACK_TO_INSIGHT)).move();
        assertEquals(Boolean.TRUE, followed.followedAdvice());

        PhaseMove halted = ((PhaseGate.Moved) advised(piloting, Decision.HALT, "Ingen gevinst", Decision.OPERATIONS)).move();
        assertEquals(Boolean.FALSE, halted.followedAdvice());

        PhaseMove unadvised = ((PhaseGate.Moved) advised(piloting, Decision.BACK_TO_INSIGHT, null, null)).move();
        assertNull(unadvised.followedAdvice());
    }

    @Test
    public void theRecommendationIsNotRecordedOutsideAPilotingDecision() {
        PhaseMove move = ((PhaseGate.Moved) PhaseGate.evaluate(Initiatives.at("INSIGHT"),
                new MoveRequest("ANCHORING", null, null, null), MEMBER, NOW, phase -> List.of(), Decision.OPERATIONS)).move();
        assertNull(move.advised());
    }

    @Test
    public void backToInsightReopensInsight() {
        PhaseGate.Moved moved = (PhaseGate.Moved) move(Initiatives.at("PILOTING"), null, Decision.BACK_TO_INSIGHT, null, null);

        assertEquals("INSIGHT", moved.initiative().currentPhase());
        assertEquals(PhaseStatus.REOPENED, moved.initiative().phase("INSIGHT").orElseThrow().status());
        assertEquals(PhaseStatus.DONE, moved.initiative().phase("PILOTING").orElseThrow().status());
    }

    @Test
    public void haltNeedsAReasonAndClosesTheInitiative() {
        assertThrows(RoadmapException.Invalid.class, () -> move(Initiatives.at("PILOTING"), null, Decision.HALT, null, " "));

        PhaseGate.Moved moved = (PhaseGate.Moved) move(Initiatives.at("PILOTING"), null, Decision.HALT, null, "No effect measured");

        assertEquals(InitiativeStatus.HALTED, moved.initiative().status());
        assertEquals(PhaseStatus.HALTED, moved.initiative().phase("PILOTING").orElseThrow().status());
        assertEquals("No effect measured", moved.move().reason());
        assertNull(moved.move().to());
    }

    @Test
    public void haltedInitiativeDoesNotMove() {
        Initiative halted = ((PhaseGate.Moved) move(Initiatives.at("PILOTING"), null, Decision.HALT, null, "stop")).initiative();

        RoadmapException.Conflict e = assertThrows(RoadmapException.Conflict.class, () -> move(halted, "INSIGHT", null, null, null));
        assertEquals("roadmap.gate.halted", e.errors().get(0).key());
    }

    @Test
    public void unknownAndSamePhaseAreInputErrorsNamingTheField() {
        RoadmapException.Invalid unknown = assertThrows(RoadmapException.Invalid.class,
                () -> move(Initiatives.fresh(), "LAUNCH", null, null, null));
        assertEquals("to", unknown.errors().get(0).field());
        assertEquals("roadmap.gate.unknownPhase", unknown.errors().get(0).key());

        RoadmapException.Invalid same = assertThrows(RoadmapException.Invalid.class,
                () -> move(Initiatives.fresh(), "ANCHORING", null, null, null));
        assertEquals("roadmap.gate.samePhase", same.errors().get(0).key());
    }

    @Test
    public void overlongOverrideReasonIsRefused() {
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class,
                () -> move(Initiatives.fresh(), "INSIGHT", null, "x".repeat(PhaseGate.MAX_REASON + 1), null));
        assertEquals("overrideReason", e.errors().get(0).field());
    }
}
