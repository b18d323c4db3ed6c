package no.veikart.roadmap.risk.domain;

import static no.veikart.roadmap.risk.domain.Risks.measure;
import static no.veikart.roadmap.risk.domain.Risks.risk;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class RiskRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final MatrixRegions DEFAULT = MatrixRegions.DEFAULT;

    @Test
    public void defaultRegionsAreOneToFourLowFiveToNineMediumTenAndAboveHigh() {
        assertEquals(RiskLevel.LOW, DEFAULT.level(1));
        assertEquals(RiskLevel.LOW, DEFAULT.level(4));
        assertEquals(RiskLevel.MEDIUM, DEFAULT.level(5));
        assertEquals(RiskLevel.MEDIUM, DEFAULT.level(9));
        assertEquals(RiskLevel.HIGH, DEFAULT.level(10));
        assertEquals(RiskLevel.HIGH, DEFAULT.level(25));
    }

    @Test
    public void otherRegionsRecomputeTheLevelOfTheSameRisk() {
        Risk r = risk(1, "Leverandør", 3, 3);
        assertEquals(9, r.score());
        assertEquals(RiskLevel.MEDIUM, RiskRules.level(r, DEFAULT));
        assertEquals(RiskLevel.HIGH, RiskRules.level(r, new MatrixRegions(3, 8)));
        assertEquals(RiskLevel.LOW, RiskRules.level(r, new MatrixRegions(9, 16)));
    }

    @Test
    public void regionsMustBeOrderedInsideTheMatrix() {
        assertThrows(IllegalArgumentException.class, () -> new MatrixRegions(0, 9));
        assertThrows(IllegalArgumentException.class, () -> new MatrixRegions(9, 9));
        assertThrows(IllegalArgumentException.class, () -> new MatrixRegions(4, 25));
    }

    @Test
    public void residualIsTheRiskAsAssessedUntilAResidualAssessmentIsMade() {
        Risk notAssessed = risk(1, "Internett", 4, 4);
        assertEquals(16, notAssessed.residualScore());
        assertEquals(RiskLevel.HIGH, RiskRules.residualLevel(notAssessed, DEFAULT));
        Risk assessed = risk(2, "Internett", 4, 4, 2, 3, List.of(), null, null);
        assertEquals(6, assessed.residualScore());
        assertEquals(RiskLevel.MEDIUM, RiskRules.residualLevel(assessed, DEFAULT));
    }

    @Test
    public void aRiskThatStaysHighIsUntreatedUntilItHasAMeasureOrAnAcceptance() {
        Risk bare = risk(1, "Turnover", 5, 4, 4, 4, List.of(), null, null);
        assertTrue(RiskRules.untreated(bare, DEFAULT));
        Risk withMeasure = risk(2, "Turnover", 5, 4, 4, 4, List.of(measure(9, "Train more trainers", null, MeasureStatus.PLANNED)),
                null, null);
        assertFalse(RiskRules.untreated(withMeasure, DEFAULT));
        Risk accepted = risk(3, "Turnover", 5, 4, 4, 4, List.of(), new Acceptance("admin", "Small pilot", TODAY), null);
        assertFalse(RiskRules.untreated(accepted, DEFAULT));
        Risk loweredToMedium = risk(4, "Turnover", 5, 4, 3, 3, List.of(), null, null);
        assertFalse(RiskRules.untreated(loweredToMedium, DEFAULT));
        assertEquals(List.of(bare), RiskRules.untreated(List.of(bare, withMeasure, accepted, loweredToMedium), DEFAULT));
    }

    @Test
    public void warningsNameUntreatedRisksOverdueReviewsAndOverdueOpenMeasures() {
        Risk untreated = risk(1, "App discontinued", 4, 5);
        Risk review = risk(2, "Personal data", 2, 2, null, null, List.of(), null, TODAY.minusDays(1));
        Risk reviewToday = risk(3, "Internet", 2, 2, null, null, List.of(), null, TODAY);
        Risk measures = risk(4, "Trainers", 3, 3, null, null, List.of(
                measure(41, "Overdue", TODAY.minusDays(3), MeasureStatus.IN_PROGRESS),
                measure(42, "Done late", TODAY.minusDays(3), MeasureStatus.DONE),
                measure(43, "Due today", TODAY, MeasureStatus.PLANNED)), null, null);
        List<RiskWarning> w = RiskRules.warnings(List.of(untreated, review, reviewToday, measures), DEFAULT, TODAY);
        List<String> codes = new ArrayList<>();
        w.forEach(x -> codes.add(x.code() + ":" + x.riskId() + ":" + x.measureId()));
        assertEquals(List.of("HIGH_UNTREATED:1:null", "REVIEW_OVERDUE:2:null", "MEASURE_OVERDUE:4:41"), codes);
        assertEquals("App discontinued", w.get(0).args().get(0).toString());
    }

    @Test
    public void heatMapsCountRisksByLikelihoodRowAndConsequenceColumnBeforeAndAfter() {
        List<Risk> risks = List.of(risk(1, "a", 5, 4, 2, 4, List.of(), null, null), risk(2, "b", 5, 4), risk(3, "c", 1, 2));
        int[][] before = RiskRules.before(risks);
        assertEquals(2, before[4][3]);
        assertEquals(1, before[0][1]);
        int[][] after = RiskRules.after(risks);
        assertEquals(1, after[4][3]);
        assertEquals(1, after[1][3]);
        assertEquals(1, after[0][1]);
        int total = 0;
        for (int[] row : after) {
            for (int n : row) {
                total += n;
            }
        }
        assertEquals(3, total);
    }

    @Test
    public void sortOrdersPutTheHighestFirstAndReviewsByDateWithUndatedLast() {
        Risk a = risk(1, "a", 2, 2, null, null, List.of(), null, TODAY.plusDays(5));
        Risk b = risk(2, "b", 5, 5, 1, 1, List.of(), null, null);
        Risk c = risk(3, "c", 3, 4, null, null, List.of(), null, TODAY.minusDays(1));
        List<Risk> list = new ArrayList<>(List.of(a, b, c));
        list.sort(RiskRules.Order.LEVEL.comparator());
        assertEquals(List.of(b, c, a), list);
        list.sort(RiskRules.Order.RESIDUAL.comparator());
        assertEquals(List.of(c, a, b), list);
        list.sort(RiskRules.Order.REVIEW.comparator());
        assertEquals(List.of(c, a, b), list);
        assertEquals(RiskRules.Order.RESIDUAL, RiskRules.Order.parse(" residual ").orElseThrow());
        assertTrue(RiskRules.Order.parse("nonsense").isEmpty());
    }

    @Test
    public void highestResidualIsTheLargestScoreAfterMeasures() {
        Risk a = risk(1, "a", 5, 5, 1, 2, List.of(), null, null);
        Risk b = risk(2, "b", 3, 3);
        assertEquals(b, RiskRules.highestResidual(List.of(a, b)).orElseThrow());
        assertTrue(RiskRules.highestResidual(List.of()).isEmpty());
    }
}
