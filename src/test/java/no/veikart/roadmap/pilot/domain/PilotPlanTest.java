package no.veikart.roadmap.pilot.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class PilotPlanTest {
    static PilotPlan full() {
        return new PilotPlan("Lære om borgerne klarer træningen", "Ét distrikt", LocalDate.of(2021, 1, 4),
                LocalDate.of(2021, 4, 30), new Participants(12, 6, 1, "Borgere i hjemmeplejen, Nord"), "Brev og møde",
                "To dages kursus", "Ring til DigiRehab", List.of(7L), "Plejetimer pr. måned", "Følgeskab på besøg",
                "Logbog i Jira");
    }

    @Test
    public void anEmptyPlanMissesAllTenPointsInTheMethodsOrder() {
        assertEquals(List.of(PlanPoint.values()), PilotPlan.EMPTY.missing());
        assertEquals(0, PilotPlan.EMPTY.done());
    }

    @Test
    public void aFullPlanMissesNothing() {
        assertEquals(List.of(), full().missing());
        assertEquals(10, full().done());
    }

    @Test
    public void timeNeedsBothDatesParticipantsTextAndACountMeasurementAGain() {
        PilotPlan p = full();
        PilotPlan partial = new PilotPlan(p.goals(), null, p.startDate(), null, new Participants(0, null, null, "Borgere"),
                p.information(), p.competence(), p.errorHandling(), List.of(), "Plejetimer", p.observation(), p.documentation());
        assertEquals(List.of(PlanPoint.SCOPE, PlanPoint.TIME, PlanPoint.PARTICIPANTS, PlanPoint.MEASUREMENT), partial.missing());
        assertEquals(6, partial.done());
    }

    @Test
    public void aCopiedDraftIsNotCompleteUntilSaved() {
        PilotRound draft = new PilotRound(1, 2, full(), true, null, 0);
        assertFalse(draft.complete());
        assertTrue(draft.withPlan(full()).complete());
    }

    @Test
    public void roundsAfterTheFirstStartFromTheLastPlanAsADraft() {
        PilotRound first = new PilotRound(9, 1, full(), false, null, 3);
        List<PilotRound> rounds = PilotRounds.rounds(9, 3, List.of(first));
        assertEquals(3, rounds.size());
        assertEquals(first, rounds.get(0));
        assertEquals(full(), rounds.get(1).plan());
        assertTrue(rounds.get(1).draft());
        assertEquals(0, rounds.get(2).version());
        assertNull(rounds.get(2).evaluation());
        assertEquals(List.of(), PilotRounds.rounds(9, 0, List.of()));
        assertEquals(PilotPlan.EMPTY, PilotRounds.rounds(9, 1, List.of()).get(0).plan());
    }

    @Test
    public void gainsAreReadAtTheLatestMeasurementInsideThePilotPeriod() {
        GainFact care = new GainFact(7, "Plejetimer", List.of(
                new GainFact.Point(LocalDate.of(2020, 12, 31), new BigDecimal("5.0")),
                new GainFact.Point(LocalDate.of(2021, 1, 4), new BigDecimal("10.0")),
                new GainFact.Point(LocalDate.of(2021, 4, 30), new BigDecimal("42.5")),
                new GainFact.Point(LocalDate.of(2021, 5, 1), new BigDecimal("80.0"))));
        GainFact other = new GainFact(8, "Tilfredshed", List.of(new GainFact.Point(LocalDate.of(2022, 1, 1), BigDecimal.ONE)));
        PilotPlan p = full();
        PilotPlan both = new PilotPlan(p.goals(), p.scope(), p.startDate(), p.endDate(), p.participants(), p.information(),
                p.competence(), p.errorHandling(), List.of(7L, 8L, 99L), null, p.observation(), p.documentation());
        List<PilotRounds.MeasuredGain> measured = PilotRounds.measuredInPeriod(both, List.of(care, other));
        assertEquals(2, measured.size());
        assertEquals(new BigDecimal("42.5"), measured.get(0).realisedPercent());
        assertEquals(LocalDate.of(2021, 4, 30), measured.get(0).measuredOn());
        assertNull(measured.get(1).realisedPercent());
    }
}
