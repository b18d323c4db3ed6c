package no.veikart.roadmap.pilot.domain;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.pilot.domain.PilotPortfolio.Counted;
import no.veikart.roadmap.pilot.domain.PilotPortfolio.Figures;
import org.junit.Test;

/** The portfolio's date rules, each edge day on both sides. */
public class PilotPortfolioTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final PilotEvaluation EVALUATED = new PilotEvaluation(null, null, null, null, null, null,
            Recommendation.PROCEED, "r", "member", Instant.EPOCH);

    private static PilotRound round(long initiative, int n, LocalDate start, LocalDate end, boolean draft, boolean evaluated) {
        PilotPlan plan = new PilotPlan("g", null, start, end, null, null, null, null, List.of(), null, null, null);
        return new PilotRound(initiative, n, plan, draft, evaluated ? EVALUATED : null, 1);
    }

    private static Figures figures(List<Counted> counted, PilotRound... rounds) {
        return PilotPortfolio.figures(counted, List.of(rounds), TODAY);
    }

    private static Counted piloting(long id) {
        return new Counted(id, "DEMO-" + id, "PILOTING");
    }

    @Test
    public void runningNowIncludesTheStartAndEndDaysAndNeedsPiloting() {
        Figures f = figures(List.of(piloting(1), piloting(2), piloting(3), piloting(4), new Counted(5, "DEMO-5", "SERVICE_DEVELOPMENT")),
                round(1, 1, TODAY, TODAY.plusDays(90), false, false),
                round(2, 1, TODAY.minusDays(90), TODAY, false, false),
                round(3, 1, TODAY.plusDays(1), TODAY.plusDays(90), false, false),
                round(4, 1, TODAY.minusDays(90), TODAY.minusDays(1), false, true),
                round(5, 1, TODAY.minusDays(10), TODAY.plusDays(10), false, false));
        assertEquals(List.of("DEMO-1", "DEMO-2"), f.running().issueKeys());
        assertEquals(2, f.running().count());
    }

    @Test
    public void endingWithin30DaysCountsTheThirtiethDayButNotTheThirtyFirst() {
        Figures f = figures(List.of(piloting(1), piloting(2), piloting(3)),
                round(1, 1, TODAY.minusDays(60), TODAY.plusDays(30), false, false),
                round(2, 1, TODAY.minusDays(60), TODAY.plusDays(31), false, false),
                round(3, 1, TODAY.minusDays(60), TODAY, false, false));
        assertEquals(List.of("DEMO-1", "DEMO-3"), f.endingWithin30Days().issueKeys());
        assertEquals(3, f.running().count());
    }

    @Test
    public void endedWithoutEvaluationIsAnyPhaseAfterTheEndDayWithNoEvaluation() {
        Figures f = figures(List.of(piloting(1), new Counted(2, "DEMO-2", "NEW_PRACTICES"), piloting(3), piloting(4)),
                round(1, 1, TODAY.minusDays(60), TODAY.minusDays(1), false, false),
                round(2, 1, TODAY.minusDays(60), TODAY.minusDays(30), false, false),
                round(3, 1, TODAY.minusDays(60), TODAY.minusDays(1), false, true),
                round(4, 1, TODAY.minusDays(60), TODAY, false, false));
        assertEquals(List.of("DEMO-1", "DEMO-2"), f.endedWithoutEvaluation().issueKeys());
    }

    @Test
    public void theLatestReviewedRoundWithDatesCountsAndOthersAreLeftOut() {
        Figures f = figures(List.of(piloting(1), piloting(2), piloting(7)),
                // Round 1 ended unevaluated, but round 2 (running) replaced it.
                round(1, 1, TODAY.minusDays(90), TODAY.minusDays(40), false, false),
                round(1, 2, TODAY.minusDays(10), TODAY.plusDays(50), false, false),
                // A copied draft is not a pilot yet: round 1 (evaluated) counts.
                round(2, 1, TODAY.minusDays(90), TODAY.minusDays(40), false, true),
                round(2, 2, TODAY.minusDays(90), TODAY.minusDays(40), true, false),
                round(7, 1, null, TODAY.minusDays(40), false, false));
        assertEquals(List.of("DEMO-1"), f.running().issueKeys());
        assertEquals(List.of(), f.endedWithoutEvaluation().issueKeys());
        assertEquals(List.of(), f.endingWithin30Days().issueKeys());
    }
}
