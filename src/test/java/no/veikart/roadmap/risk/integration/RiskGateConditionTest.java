package no.veikart.roadmap.risk.integration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.phase.domain.GateCondition.GateRequirement;
import no.veikart.roadmap.risk.domain.Handover;
import no.veikart.roadmap.risk.domain.HandoverOutcome;
import no.veikart.roadmap.risk.domain.HandoverService;
import no.veikart.roadmap.risk.domain.Risk;
import no.veikart.roadmap.risk.domain.RiskCategory;
import no.veikart.roadmap.risk.domain.RiskService;
import org.junit.Test;

public class RiskGateConditionTest {
    private final RiskService risks = mock(RiskService.class);
    private final HandoverService handovers = mock(HandoverService.class);
    private final RiskGateCondition gate = new RiskGateCondition(risks, handovers);

    private static Risk risk(String title) {
        return new Risk(1, 7, title, null, null, RiskCategory.SUPPLIER, 5, 5, null, null, null, null, null, null, List.of(), 0);
    }

    @Test
    public void otherPhasesAreNotThisRulesBusiness() {
        when(risks.untreated(7)).thenReturn(List.of(risk("x")));
        assertTrue(gate.unmet(7, "PILOTING").isEmpty());
    }

    @Test
    public void leavingTransitionNamesUntreatedRisksAndEveryMissingHandoverItem() {
        when(risks.untreated(7)).thenReturn(List.of(risk("App discontinued"), risk("Trainers leave")));
        when(handovers.stored(7)).thenReturn(new Handover(7, LocalDate.of(2026, 11, 30), "member", null, true, false, null, null,
                HandoverOutcome.PENDING, 3));
        List<GateRequirement> unmet = gate.unmet(7, "TRANSITION_TO_OPERATIONS");
        assertEquals(List.of("RISKS_UNTREATED", "HANDOVER", "HANDOVER", "HANDOVER"), unmet.stream().map(GateRequirement::code).toList());
        assertEquals("App discontinued, Trainers leave", unmet.get(0).args().get(0).toString());
        assertEquals(List.of("roadmap.handover.field.finalReport"), unmet.get(1).args());
        assertEquals(List.of("roadmap.handover.field.riskAnalysisReviewed"), unmet.get(2).args());
        assertEquals(List.of("roadmap.handover.outcome.PENDING"), unmet.get(3).args());
    }

    @Test
    public void treatedRisksAndADoneHandoverLetTheInitiativeGo() {
        when(risks.untreated(7)).thenReturn(List.of());
        when(handovers.stored(7)).thenReturn(new Handover(7, LocalDate.of(2026, 11, 30), "member", "Report", true, true, null, null,
                HandoverOutcome.HANDED_OVER, 3));
        assertTrue(gate.unmet(7, "TRANSITION_TO_OPERATIONS").isEmpty());
    }
}
