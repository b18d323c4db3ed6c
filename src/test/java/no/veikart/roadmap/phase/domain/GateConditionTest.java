package no.veikart.roadmap.phase.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import no.veikart.roadmap.common.domain.Actor;
import org.junit.Test;

/** Other features' gate conditions block forward moves out of (or over) their phase, like open mandatory steps. */
public class GateConditionTest {
    private static final Actor MEMBER = new Actor("member", "member", "Mette Member", Locale.ENGLISH);
    private static final GateCondition.GateRequirement NO_MATRIX =
            new GateCondition.GateRequirement("ROLES_MATRIX", "roadmap.roles.gate.empty", List.of());

    private static PhaseGate.Outcome move(Initiative i, String to, String override, List<String> asked) {
        Function<String, List<GateCondition.GateRequirement>> conditions = phase -> {
            asked.add(phase);
            return "SERVICE_DEVELOPMENT".equals(phase) ? List.of(NO_MATRIX) : List.of();
        };
        return PhaseGate.evaluate(i, new MoveRequest(to, null, override, null), MEMBER, Instant.EPOCH, conditions);
    }

    private static Initiative inServiceDevelopmentWithStepsDone() {
        Initiative i = Initiatives.fresh();
        for (String phase : List.of("ANCHORING", "INSIGHT", "SERVICE_DEVELOPMENT")) {
            i = Initiatives.withMandatoryDone(i, phase);
        }
        return ((PhaseGate.Moved) PhaseGate.evaluate(i, new MoveRequest("SERVICE_DEVELOPMENT", null, null, null), MEMBER,
                Instant.EPOCH)).initiative();
    }

    @Test
    public void anUnmetConditionBlocksLeavingItsPhaseEvenWithEveryStepDone() {
        List<String> asked = new ArrayList<>();
        PhaseGate.Blocked blocked = (PhaseGate.Blocked) move(inServiceDevelopmentWithStepsDone(), "PILOTING", null, asked);

        assertTrue(blocked.missingSteps().isEmpty());
        assertEquals(List.of(NO_MATRIX), blocked.unmet());
        assertEquals(List.of("SERVICE_DEVELOPMENT"), asked);
    }

    @Test
    public void skippingOverThePhaseIsBlockedToo() {
        Initiative i = Initiatives.fresh();
        for (String phase : List.of("ANCHORING", "INSIGHT", "SERVICE_DEVELOPMENT")) {
            i = Initiatives.withMandatoryDone(i, phase);
        }
        List<String> asked = new ArrayList<>();
        PhaseGate.Blocked blocked = (PhaseGate.Blocked) move(i, "PILOTING", null, asked);
        assertEquals(List.of(NO_MATRIX), blocked.unmet());
        assertEquals(List.of("ANCHORING", "INSIGHT", "SERVICE_DEVELOPMENT"), asked);
    }

    @Test
    public void anOverrideReasonPassesAndIsRecorded() {
        PhaseGate.Moved moved = (PhaseGate.Moved) move(inServiceDevelopmentWithStepsDone(), "PILOTING", "Matrix agreed on paper",
                new ArrayList<>());
        assertEquals("PILOTING", moved.initiative().currentPhase());
        assertEquals("Matrix agreed on paper", moved.move().overrideReason());
    }

    @Test
    public void movingBackNeverAsksTheConditions() {
        List<String> asked = new ArrayList<>();
        PhaseGate.Moved moved = (PhaseGate.Moved) move(inServiceDevelopmentWithStepsDone(), "INSIGHT", null, asked);
        assertEquals("INSIGHT", moved.initiative().currentPhase());
        assertEquals(List.of(), asked);
    }

    @Test
    public void theConflictNamesEachUnmetRequirement() {
        GateBlockedException e = new GateBlockedException("SERVICE_DEVELOPMENT", List.of(),
                List.of(new GateCondition.GateRequirement("ROLES_MATRIX", "roadmap.roles.gate.noPrincipal", List.of("Visitasjon"))));
        assertEquals(1, e.errors().size());
        assertEquals("roadmap.roles.gate.noPrincipal", e.errors().get(0).key());
        assertEquals(List.of("Visitasjon"), e.errors().get(0).args());
    }
}
