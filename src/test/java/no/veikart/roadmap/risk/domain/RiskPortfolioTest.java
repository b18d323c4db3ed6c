package no.veikart.roadmap.risk.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class RiskPortfolioTest {
    private static Risk risk(long initiative, int l, int c, Integer rl, Integer rc) {
        return new Risk(0, initiative, "R", null, null, RiskCategory.TECHNOLOGY, l, c, rl, rc, null, null, null, null,
                List.of(), 0);
    }

    private static RiskPortfolio.Cell cell(RiskPortfolio.Figures f, int likelihood, int consequence) {
        return f.cells().stream().filter(c -> c.likelihood() == likelihood && c.consequence() == consequence)
                .findFirst().orElseThrow();
    }

    @Test
    public void eachInitiativeLandsInTheCellOfItsHighestResidualRisk() {
        List<RiskPortfolio.Counted> counted = List.of(new RiskPortfolio.Counted(1, "DEMO-1"),
                new RiskPortfolio.Counted(2, "DEMO-2"), new RiskPortfolio.Counted(3, "DEMO-3"));
        // DEMO-1: 5×5 before measures, 2×2 after; its 3×4 risk without residual is the highest after measures.
        // DEMO-2: two risks scoring 12 after measures; the higher consequence (4×3 vs 3×4 → consequence 4) wins.
        List<Risk> risks = List.of(risk(1, 5, 5, 2, 2), risk(1, 3, 4, null, null), risk(2, 4, 3, null, null),
                risk(2, 3, 4, null, null));
        RiskPortfolio.Figures f = RiskPortfolio.figures(counted, risks, MatrixRegions.DEFAULT);
        assertEquals(25, f.cells().size());
        assertEquals(5, f.cells().get(0).consequence());
        assertEquals(1, f.cells().get(0).likelihood());
        assertEquals(1, f.cells().get(24).consequence());
        assertEquals(List.of("DEMO-1", "DEMO-2"), cell(f, 3, 4).issueKeys());
        assertEquals(2, cell(f, 3, 4).count());
        assertEquals(0, cell(f, 5, 5).count());
        assertEquals(2, f.cells().stream().mapToInt(RiskPortfolio.Cell::count).sum());
        assertEquals(List.of("DEMO-3"), f.withoutRisks().issueKeys());
        assertEquals(2, f.withRisks().count());
        // Every risk scoring 12 after measures is high (10–25): three of them, in two initiatives.
        assertEquals(3, f.highRisks().count());
        assertEquals(List.of("DEMO-1", "DEMO-2"), f.highRisks().issueKeys());
        assertEquals(RiskLevel.HIGH, cell(f, 3, 4).level());
        assertEquals(RiskLevel.LOW, cell(f, 2, 2).level());
        assertEquals(RiskLevel.MEDIUM, cell(f, 3, 3).level());
    }

    @Test
    public void levelsFollowTheRegionsInForce() {
        MatrixRegions strict = new MatrixRegions(2, 5);
        RiskPortfolio.Figures f = RiskPortfolio.figures(List.of(new RiskPortfolio.Counted(1, "DEMO-1")),
                List.of(risk(1, 2, 3, null, null)), strict);
        assertEquals(RiskLevel.HIGH, cell(f, 2, 3).level());
        assertEquals(1, f.highRisks().count());
    }

    @Test
    public void keysAreCappedAndSaySo() {
        List<RiskPortfolio.Counted> counted = new ArrayList<>();
        List<Risk> risks = new ArrayList<>();
        for (int i = 1; i <= RiskPortfolio.MAX_KEYS + 5; i++) {
            counted.add(new RiskPortfolio.Counted(i, "DEMO-" + i));
            risks.add(risk(i, 1, 1, null, null));
        }
        RiskPortfolio.Cell c = cell(RiskPortfolio.figures(counted, risks, MatrixRegions.DEFAULT), 1, 1);
        assertEquals(RiskPortfolio.MAX_KEYS + 5, c.count());
        assertEquals(RiskPortfolio.MAX_KEYS, c.issueKeys().size());
        assertTrue(c.more());
        assertFalse(cell(RiskPortfolio.figures(counted, risks, MatrixRegions.DEFAULT), 2, 2).more());
    }
}
