package no.veikart.roadmap.pilot.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import org.junit.Before;
import org.junit.Test;

public class PilotServiceTest {
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.forLanguageTag("da"));
    private static final Actor VIEWER = new Actor("viewer", "viewer", "Vera", Locale.ENGLISH);
    private static final Actor OUTSIDER = new Actor("outsider", "outsider", "Otto", Locale.ENGLISH);
    private static final InitiativeRef DEMO_1 = new InitiativeRef(1, 100, "DEMO-1", "DEMO", List.of(), "PILOTING");

    private final InMemoryPilots repository = new InMemoryPilots();
    private final InitiativeLookup lookup = mock(InitiativeLookup.class);
    private final AccessControl access = mock(AccessControl.class);
    private final Map<Long, PilotStage.Stage> stages = new HashMap<>();
    private final List<AuditEvent> audit = new ArrayList<>();
    private PilotService service;

    @Before
    public void setUp() {
        when(lookup.find(any(), eq("DEMO-1"))).thenReturn(Optional.of(DEMO_1));
        when(access.canBrowseIssue(MEMBER, 100)).thenReturn(true);
        when(access.canBrowseIssue(VIEWER, 100)).thenReturn(true);
        when(access.canEditIssue(MEMBER, 100)).thenReturn(true);
        stages.put(1L, new PilotStage.Stage(1, true, "PILOTING"));
        PilotGains gains = (actor, key) -> List.of(new GainFact(7, "Plejetimer",
                List.of(new GainFact.Point(LocalDate.of(2021, 3, 1), java.math.BigDecimal.TEN))));
        service = new PilotService(repository, lookup, access, id -> Optional.ofNullable(stages.get(id)), gains, audit::add,
                Clock.fixed(Instant.parse("2021-03-02T10:00:00Z"), ZoneOffset.UTC));
    }

    private static PlanDraft planAt(long version) {
        PlanDraft p = PilotValidatorTest.plan("2021-01-04", "2021-04-30", 12, List.of(7L), "Lære");
        return new PlanDraft(p.goals(), p.scope(), p.startDate(), p.endDate(), p.participants(), p.information(),
                p.competence(), p.errorHandling(), p.measurement(), p.observation(), p.documentation(), version);
    }

    private static EvaluationDraft evaluation(long version) {
        EvaluationDraft.RatingDraft r = new EvaluationDraft.RatingDraft(4, null);
        return new EvaluationDraft(r, r, r, r, null, null, "FURTHER_TESTS", "Flere distrikter", version);
    }

    @Test
    public void permissionsComeBeforeEverythingElse() {
        assertThrows(RoadmapException.NotAuthenticated.class, () -> service.overview(null, "DEMO-1"));
        assertThrows(RoadmapException.NotFound.class, () -> service.overview(OUTSIDER, "DEMO-1"));
        assertThrows(RoadmapException.Forbidden.class, () -> service.savePlan(VIEWER, "DEMO-1", 1, planAt(0)));
        assertThrows(RoadmapException.NotFound.class, () -> service.savePlan(MEMBER, "DEMO-1", 2, planAt(0)));
        assertTrue(repository.rounds.isEmpty());
    }

    @Test
    public void aPlanIsSavedWithVersionsAndAStaleOneIsRefused() {
        PilotOverview before = service.overview(VIEWER, "DEMO-1");
        assertEquals(1, before.rounds().size());
        assertFalse(before.editable());
        PilotRound saved = service.savePlan(MEMBER, "DEMO-1", 1, planAt(0));
        assertEquals(1, saved.version());
        assertTrue(saved.complete());
        assertThrows(RoadmapException.Conflict.class, () -> service.savePlan(MEMBER, "DEMO-1", 1, planAt(0)));
        assertEquals("pilot.plan", audit.get(0).action());
    }

    @Test
    public void aGainThatIsNotTheInitiativesIsRefused() {
        PlanDraft p = planAt(0);
        PlanDraft other = new PlanDraft(p.goals(), p.scope(), p.startDate(), p.endDate(), p.participants(), p.information(),
                p.competence(), p.errorHandling(), new PlanDraft.MeasurementDraft(List.of(8L), null), p.observation(),
                p.documentation(), 0L);
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class, () -> service.savePlan(MEMBER, "DEMO-1", 1, other));
        assertEquals("measurement.gainIds[0]", e.errors().get(0).field());
    }

    @Test
    public void furtherTestsOpenRoundTwoWithTheFirstPlanAsADraftAndCloseRoundOne() {
        service.savePlan(MEMBER, "DEMO-1", 1, planAt(0));
        service.saveEvaluation(MEMBER, "DEMO-1", 1, evaluation(1));
        service.addObservation(MEMBER, "DEMO-1", 1, new ObservationDraft("2021-02-01", "PEOPLE", "Glade borgere"));
        stages.put(1L, new PilotStage.Stage(2, true, "PILOTING"));

        PilotOverview o = service.overview(MEMBER, "DEMO-1");
        assertEquals(2, o.rounds().size());
        PilotRound two = o.round(2);
        assertTrue(two.draft());
        assertEquals(o.round(1).plan(), two.plan());
        assertEquals(0, two.version());
        assertEquals(1, o.observationsOf(1).size());
        assertEquals(0, o.observationsOf(2).size());
        RoadmapException.Conflict closed = assertThrows(RoadmapException.Conflict.class,
                () -> service.saveEvaluation(MEMBER, "DEMO-1", 1, evaluation(2)));
        assertEquals(PilotService.CLOSED, closed.errors().get(0).key());
        assertEquals(1, service.savePlan(MEMBER, "DEMO-1", 2, planAt(0)).version());
        assertFalse(service.current(1).orElseThrow().draft());
    }

    @Test
    public void observationsAreAddedToTheCurrentRoundAndDeletedByEditors() {
        Observation o = service.addObservation(MEMBER, "DEMO-1", 1, new ObservationDraft("2021-02-01", "technology", "Tablet frøs"));
        assertEquals("member", o.authorKey());
        assertEquals(Dimension.TECHNOLOGY, o.dimension());
        assertThrows(RoadmapException.Forbidden.class, () -> service.deleteObservation(VIEWER, "DEMO-1", 1, o.id()));
        assertThrows(RoadmapException.NotFound.class, () -> service.deleteObservation(MEMBER, "DEMO-1", 1, o.id() + 1));
        service.deleteObservation(MEMBER, "DEMO-1", 1, o.id());
        assertTrue(repository.observations.isEmpty());
    }

    @Test
    public void noRoundsBeforeServiceDevelopment() {
        stages.put(1L, new PilotStage.Stage(0, false, "INSIGHT"));
        assertTrue(service.overview(MEMBER, "DEMO-1").rounds().isEmpty());
        assertThrows(RoadmapException.NotFound.class,
                () -> service.addObservation(MEMBER, "DEMO-1", 1, new ObservationDraft("2021-02-01", "PEOPLE", "x")));
        assertFalse(service.current(1).isPresent());
    }

    @Test
    public void oneClickAddsTheFirstLineOfTheNewGainsAsAGainDatedFromThePilotsEnd() {
        List<GainFact> gains = new ArrayList<>(List.of(new GainFact(7, "Plejetimer", List.of())));
        List<String> calls = new ArrayList<>();
        PilotGains port = new PilotGains() {
            @Override
            public List<GainFact> gains(Actor actor, String issueKey) {
                return List.copyOf(gains);
            }

            @Override
            public GainFact addGain(Actor actor, String issueKey, String title, String method, LocalDate from) {
                calls.add(title + "|" + method + "|" + from);
                GainFact added = new GainFact(gains.size() + 10, title, List.of());
                gains.add(added);
                return added;
            }
        };
        PilotService withGains = new PilotService(repository, lookup, access, id -> Optional.ofNullable(stages.get(id)), port,
                audit::add, Clock.fixed(Instant.parse("2021-03-02T10:00:00Z"), ZoneOffset.UTC));
        RoadmapException.Conflict none = assertThrows(RoadmapException.Conflict.class,
                () -> withGains.addNewGain(MEMBER, "DEMO-1", 1, null));
        assertEquals("roadmap.pilot.error.noNewGains", none.errors().get(0).key());

        withGains.savePlan(MEMBER, "DEMO-1", 1, planAt(0));
        EvaluationDraft e = evaluation(1);
        withGains.saveEvaluation(MEMBER, "DEMO-1", 1, new EvaluationDraft(e.people(), e.organisation(), e.technology(),
                e.gains(), "\n  Pårørende ringer sjældnere\nSet i uge 6", null, e.recommendation(), e.reasons(), 1L));
        assertThrows(RoadmapException.Forbidden.class, () -> withGains.addNewGain(VIEWER, "DEMO-1", 1, null));
        assertThrows(RoadmapException.NotFound.class, () -> withGains.addNewGain(MEMBER, "DEMO-1", 2, null));

        GainFact added = withGains.addNewGain(MEMBER, "DEMO-1", 1, " ");
        assertEquals("Pårørende ringer sjældnere", added.title());
        assertEquals(List.of("Pårørende ringer sjældnere|Pårørende ringer sjældnere\nSet i uge 6|2021-04-30"), calls);
        RoadmapException.Conflict twice = assertThrows(RoadmapException.Conflict.class,
                () -> withGains.addNewGain(MEMBER, "DEMO-1", 1, "pårørende RINGER sjældnere"));
        assertEquals("roadmap.pilot.error.gainExists", twice.errors().get(0).key());
        assertEquals("Eget navn", withGains.addNewGain(MEMBER, "DEMO-1", 1, " Eget navn ").title());
        assertEquals("pilot.newGain", audit.get(audit.size() - 1).action());
    }

    @Test
    public void aLongFirstLineIsCutToTheGainsTitleLimit() {
        PilotEvaluation e = new PilotEvaluation(null, null, null, null, "y".repeat(300) + "\nmore", null,
                Recommendation.PROCEED, "r", "member", Instant.EPOCH);
        assertEquals(PilotEvaluation.MAX_GAIN_TITLE, e.newGainTitle().length());
        assertTrue(e.newGainTitle().endsWith("…"));
    }
}
