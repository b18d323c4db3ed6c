package no.veikart.roadmap.reporting.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.reporting.domain.InitiativeSignals.AnchoringFacts;
import no.veikart.roadmap.reporting.domain.InitiativeSignals.GainFacts;
import no.veikart.roadmap.reporting.domain.InitiativeSignals.PhaseFacts;
import no.veikart.roadmap.reporting.domain.InitiativeSignals.RiskFacts;
import org.junit.Test;

public class StatusSuggesterTest {
    private static final PhaseFacts ON_TRACK = new PhaseFacts(false, "PILOTING", 3, 6, 0);
    private static final GainFacts GAINS_OK = new GainFacts(3, 0, 1);
    private static final AnchoringFacts ANCHORED = new AnchoringFacts(7, List.of());

    private final StatusSuggester suggester = new StatusSuggester();

    @Test
    public void phaseIsRedWhenHaltedAmberWhenAGateWasOverriddenWithStepsStillOpen() {
        assertEquals(TrafficLight.RED, StatusSuggester.phase(new PhaseFacts(true, null, 3, 6, 0)).light());
        Suggestion skipped = StatusSuggester.phase(new PhaseFacts(false, "PILOTING", 3, 6, 2));
        assertEquals(TrafficLight.AMBER, skipped.light());
        assertEquals(List.of(2), skipped.args());
        Suggestion fine = StatusSuggester.phase(ON_TRACK);
        assertEquals(TrafficLight.GREEN, fine.light());
        assertEquals("phase 4 of 6, counted from one", List.of(4, 6), fine.args());
    }

    @Test
    public void gainsAreRedWhenHalfOrMoreAreAtRiskAmberForFewerOrNone() {
        assertEquals(TrafficLight.AMBER, StatusSuggester.gains(new GainFacts(0, 0, 0)).light());
        assertEquals("roadmap.reporting.reason.gains.none", StatusSuggester.gains(new GainFacts(0, 0, 0)).reasonKey());
        assertEquals(TrafficLight.GREEN, StatusSuggester.gains(GAINS_OK).light());
        assertEquals(TrafficLight.AMBER, StatusSuggester.gains(new GainFacts(3, 1, 0)).light());
        assertEquals(TrafficLight.RED, StatusSuggester.gains(new GainFacts(4, 2, 0)).light());
        assertEquals(TrafficLight.RED, StatusSuggester.gains(new GainFacts(1, 1, 0)).light());
    }

    @Test
    public void anchoringIsRedWithoutStakeholdersOrThreeOpenLevels() {
        assertEquals(TrafficLight.RED, StatusSuggester.anchoring(new AnchoringFacts(0, List.of())).light());
        assertEquals(TrafficLight.GREEN, StatusSuggester.anchoring(ANCHORED).light());
        assertEquals(TrafficLight.AMBER, StatusSuggester.anchoring(new AnchoringFacts(5, List.of("POLITICAL", "STAFF"))).light());
        assertEquals(TrafficLight.RED,
                StatusSuggester.anchoring(new AnchoringFacts(5, List.of("POLITICAL", "STAFF", "MIDDLE_MANAGEMENT"))).light());
    }

    @Test
    public void withoutRiskDataRisksHaveNoSuggestionAndOverallIsTheWorstOfTheRest() {
        Map<Aspect, Suggestion> s = suggester.suggest(ON_TRACK, new GainFacts(3, 1, 0), ANCHORED, Optional.empty());
        assertNull(s.get(Aspect.RISKS).light());
        assertEquals(TrafficLight.AMBER, s.get(Aspect.OVERALL).light());

        Map<Aspect, Suggestion> high = suggester.suggest(ON_TRACK, GAINS_OK, ANCHORED, Optional.of(new RiskFacts(1, 0)));
        assertEquals(TrafficLight.RED, high.get(Aspect.RISKS).light());
        assertEquals(TrafficLight.RED, high.get(Aspect.OVERALL).light());
        assertEquals(TrafficLight.AMBER,
                suggester.suggest(ON_TRACK, GAINS_OK, ANCHORED, Optional.of(new RiskFacts(0, 2))).get(Aspect.RISKS).light());
        assertEquals(TrafficLight.GREEN,
                suggester.suggest(ON_TRACK, GAINS_OK, ANCHORED, Optional.of(new RiskFacts(0, 0))).get(Aspect.OVERALL).light());
    }
}
