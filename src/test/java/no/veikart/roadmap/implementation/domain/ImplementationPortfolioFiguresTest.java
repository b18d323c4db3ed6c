package no.veikart.roadmap.implementation.domain;

import static no.veikart.roadmap.implementation.domain.Units.TODAY;
import static no.veikart.roadmap.implementation.domain.Units.su;
import static no.veikart.roadmap.implementation.domain.Units.training;
import static no.veikart.roadmap.implementation.domain.Units.unit;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.Test;

public class ImplementationPortfolioFiguresTest {
    private static final ImplementationPortfolioFigures.Initiative A = new ImplementationPortfolioFigures.Initiative(1, "DEMO-1", "A");
    private static final ImplementationPortfolioFigures.Initiative B = new ImplementationPortfolioFigures.Initiative(2, "DEMO-2", "B");
    private static final ImplementationPortfolioFigures.Initiative C = new ImplementationPortfolioFigures.Initiative(3, "DEMO-3", "C");

    private static Unit in(long initiative, Unit u) {
        return new Unit(u.id(), initiative, u.position(), u.name(), u.staff(), u.shifts(), u.pilotUnit(), u.testUnit(),
                u.plannedGoLive(), u.status(), u.wentLive(), u.stableSince(), u.monitoringDate(), u.monitoringOutcome(),
                u.superUsers(), u.trainings(), u.newStaff(), u.version());
    }

    @Test
    public void countsLiveUnitsTrainedShareAndGapsWithTheirInitiatives() {
        // A: a live unit with both shifts covered, 30 of its 20 staff trained (counts as 20); a planned unit.
        Unit covered = in(1, unit(1, "Nord", UnitStatus.LIVE, TODAY.minusDays(30), EnumSet.of(Shift.DAY, Shift.NIGHT),
                List.of(su(1, Shift.DAY, null, null), su(2, Shift.NIGHT, null, null)),
                List.of(training(1, TODAY.minusDays(40), TrainingKind.INITIAL, 30)), List.of()));
        Unit planned = in(1, unit(2, "Syd", UnitStatus.PLANNED, null, EnumSet.of(Shift.DAY), List.of(), List.of(), List.of()));
        // B: a stable unit whose night shift nobody covers, 5 of 20 trained.
        Unit gap = in(2, unit(3, "Øst", UnitStatus.STABLE, TODAY.minusDays(90), EnumSet.of(Shift.DAY, Shift.NIGHT),
                List.of(su(3, Shift.DAY, null, null)), List.of(training(2, TODAY.minusDays(100), TrainingKind.INITIAL, 5)),
                List.of()));

        ImplementationPortfolioFigures f = ImplementationPortfolioFigures.of(List.of(A, B, C), List.of(covered, planned, gap), TODAY);

        assertEquals(3, f.units());
        assertEquals(List.of("DEMO-1", "DEMO-2"), f.unitKeys());
        assertEquals(2, f.unitsLive());
        assertEquals(List.of("DEMO-1", "DEMO-2"), f.liveKeys());
        assertEquals("(20 + 5) of 40 staff, over-training capped per unit", new BigDecimal("62.5"), f.trainedPercent());
        assertEquals(1, f.unitsWithGaps());
        assertEquals(List.of("DEMO-2"), f.gapKeys());
        assertEquals(List.of(new ImplementationPortfolioFigures.Row("DEMO-1", "A", 2, 1, new BigDecimal("100.0"), 0),
                new ImplementationPortfolioFigures.Row("DEMO-2", "B", 1, 1, new BigDecimal("25.0"), 1)), f.rows());
    }

    @Test
    public void noLiveStaffNoPercentAndInitiativesWithoutUnitsLeaveNoRow() {
        Unit planned = in(1, unit(2, "Syd", UnitStatus.TRAINING, null, EnumSet.of(Shift.DAY), List.of(), List.of(), List.of()));
        ImplementationPortfolioFigures f = ImplementationPortfolioFigures.of(List.of(A, C), List.of(planned), TODAY);
        assertEquals(0, f.unitsLive());
        assertNull(f.trainedPercent());
        assertEquals(List.of("DEMO-1"), f.unitKeys());
        assertEquals(1, f.rows().size());
    }
}
