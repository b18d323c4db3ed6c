package no.veikart.roadmap.initiative.integration;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeService;
import no.veikart.roadmap.phase.domain.InitiativeStatus;
import no.veikart.roadmap.phase.domain.IssueRef;
import no.veikart.roadmap.phase.domain.PhaseProgress;
import no.veikart.roadmap.phase.domain.PhaseStatus;
import no.veikart.roadmap.phase.domain.StepProgress;
import org.junit.Test;

public class PhasePlacementTest {
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.ENGLISH);

    private static PhasePlacement placement() {
        Initiative initiative = new Initiative(1, new IssueRef(10, "DEMO-1"), "DEMO", "Initiative", 1, "INSIGHT",
                InitiativeStatus.ACTIVE, 0, 1, List.of(
                        new PhaseProgress("INSIGHT", null, new IssueRef(11, "DEMO-2"), PhaseStatus.ACTIVE,
                                List.of(new StepProgress("insight.1", null, new IssueRef(12, "DEMO-3"), true, false, null, null))),
                        new PhaseProgress("PILOTING", null, new IssueRef(13, "DEMO-4"), PhaseStatus.NOT_STARTED, List.of())),
                List.of());
        InitiativeService initiatives = mock(InitiativeService.class);
        when(initiatives.get(any(), anyString())).thenReturn(initiative);
        when(initiatives.get(any(), org.mockito.ArgumentMatchers.eq("HIDDEN-1"))).thenThrow(new RoadmapException.NotFound());
        return new PhasePlacement(initiatives);
    }

    @Test
    public void showsOnTheInitiativeAndOnTheNamedPhasesAndTheirSteps() {
        PhasePlacement placement = placement();
        assertTrue(placement.shows(MEMBER, "DEMO-1", List.of("PILOTING")));
        assertTrue(placement.shows(MEMBER, "DEMO-2", List.of("INSIGHT")));
        assertTrue(placement.shows(MEMBER, "DEMO-3", List.of("INSIGHT")));
        assertFalse(placement.shows(MEMBER, "DEMO-2", List.of("PILOTING")));
        assertFalse(placement.shows(MEMBER, "DEMO-3", List.of("PILOTING")));
    }

    @Test
    public void anIssueTheActorMayNotBrowseShowsNothing() {
        assertFalse(placement().shows(MEMBER, "HIDDEN-1", List.of("INSIGHT")));
    }
}
