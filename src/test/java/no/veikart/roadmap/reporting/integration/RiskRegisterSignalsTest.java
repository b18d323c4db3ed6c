package no.veikart.roadmap.reporting.integration;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.reporting.domain.InitiativeSignals.RiskFacts;
import no.veikart.roadmap.risk.domain.MatrixRegions;
import no.veikart.roadmap.risk.domain.Risk;
import no.veikart.roadmap.risk.domain.RiskCategory;
import no.veikart.roadmap.risk.domain.RiskRegister;
import no.veikart.roadmap.risk.domain.RiskRepository;
import no.veikart.roadmap.risk.domain.RiskRules;
import no.veikart.roadmap.risk.domain.RiskService;
import org.junit.Test;

public class RiskRegisterSignalsTest {
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.ENGLISH);
    private static final InitiativeRef REF = new InitiativeRef(1, 100, "DEMO-1", "DEMO", List.of("ANCHORING"), "ANCHORING");

    private final RiskService service = mock(RiskService.class);

    private static Risk risk(int l, int c, Integer rl, Integer rc) {
        return new Risk(1, 1, "Risk", null, null, RiskCategory.PEOPLE, l, c, rl, rc, null, null, null, null, List.of(), 0);
    }

    private Optional<RiskFacts> facts(MatrixRegions regions, Risk... risks) {
        when(service.register(MEMBER, "DEMO-1", RiskRules.Order.LEVEL)).thenReturn(new RiskRegister(REF, List.of(risks),
                new RiskRepository.ContingencyPlan(null, 0), regions, List.of(), true, LocalDate.of(2026, 12, 7)));
        return new RiskRegisterSignals(service).risks(MEMBER, "DEMO-1");
    }

    @Test
    public void countsRisksByTheirLevelAfterMeasuresInTheRegionsInForce() {
        // 5×5 reduced to 1×2 is low; 3×3 without a residual stays medium; 4×4 high; 2×3 → 6 medium.
        assertEquals(Optional.of(new RiskFacts(1, 2)), facts(MatrixRegions.DEFAULT, risk(5, 5, 1, 2), risk(3, 3, null, null),
                risk(4, 4, null, null), risk(5, 5, 2, 3)));
        // Wider regions: 16 is medium now, 9 and 6 low.
        assertEquals(Optional.of(new RiskFacts(0, 1)), facts(new MatrixRegions(9, 16), risk(5, 5, 1, 2), risk(3, 3, null, null),
                risk(4, 4, null, null), risk(5, 5, 2, 3)));
    }

    @Test
    public void anEmptyRegisterIsNoData() {
        assertEquals(Optional.empty(), facts(MatrixRegions.DEFAULT));
    }
}
