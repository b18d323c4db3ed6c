package no.veikart.roadmap.phase.domain;

import no.veikart.roadmap.common.domain.AccessControl;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.junit.Before;
import org.junit.Test;

public class InitiativeServiceTest {
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.forLanguageTag("nb"));

    private final FakeIssues issues = new FakeIssues();
    private final InitiativeRepository repository = mock(InitiativeRepository.class);
    private final TemplateRepository templates = mock(TemplateRepository.class);
    private final AccessControl access = mock(AccessControl.class);
    private final ProjectSetup setup = mock(ProjectSetup.class);
    private final InMemoryCreationJournal journal = new InMemoryCreationJournal();
    private final List<AuditEvent> audit = new ArrayList<>();
    private InitiativeService service;

    @Before
    public void setUp() {
        when(templates.ensureBuiltIn(any())).thenReturn(DefaultTemplate.create().withId(1, 0));
        Map<String, String> phaseTypes = new HashMap<>();
        DefaultTemplate.create().phases().forEach(p -> phaseTypes.put(p.key(), "phase-" + p.key()));
        when(setup.issueTypes(eq("DEMO"), any())).thenReturn(Optional.of(new RoadmapIssueTypes("init", phaseTypes, "step", 7)));
        when(access.canBrowseProject(MEMBER, "DEMO")).thenReturn(true);
        when(access.canCreateIssues(MEMBER, "DEMO")).thenReturn(true);
        when(repository.create(any())).thenAnswer(inv -> inv.getArgument(0));
        service = new InitiativeService(repository, new TemplateService(templates, access), issues, access, setup,
                (locale, key, args) -> locale.getLanguage() + ":" + key, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), journal,
                audit::add);
    }

    @Test
    public void createsInitiativePhaseIssuesLinksAndStepSubTasks() {
        Initiative created = service.create(MEMBER, "DEMO", "Digital hjemmetrening", null);

        assertEquals(1 + 6 + 29, issues.created.size());
        assertEquals(6, issues.links.size());
        assertEquals("ANCHORING", created.currentPhase());
        assertEquals(PhaseStatus.ACTIVE, created.phases().get(0).status());
        assertEquals("nb:roadmap.phase.ANCHORING.name: Digital hjemmetrening", issues.summaries.get(1));
        assertTrue(created.phases().stream().allMatch(p -> p.steps().stream().allMatch(s -> s.issue() != null)));
    }

    @Test
    public void failureHalfwayRemovesEveryIssueAlreadyCreated() {
        issues.failOnCreateNumber = 10;

        assertThrows(IssueTracker.IssueTrackerException.class, () -> service.create(MEMBER, "DEMO", "Digital hjemmetrening", null));

        assertEquals(issues.created.size(), issues.deleted.size());
        verify(repository, never()).create(any());
    }

    @Test
    public void everyIssueIsJournaledWhileCreatingAndTheJournalIsClosedAfterwards() {
        List<Integer> journaledAtEachCreate = new ArrayList<>();
        issues.beforeCreate = () -> journaledAtEachCreate.add(journal.open.values().iterator().next().issues().size());

        service.create(MEMBER, "DEMO", "Digital hjemmetrening", null);

        // Before issue n is made, the n - 1 made so far are in the journal: a crash loses track of none of them.
        for (int n = 0; n < journaledAtEachCreate.size(); n++) {
            assertEquals(n, (int) journaledAtEachCreate.get(n));
        }
        assertEquals(36, journaledAtEachCreate.size());
        assertTrue(journal.open.isEmpty());
        // Compensation removed them all, so nothing is left to recover either.
        issues.failOnCreateNumber = issues.created.size() + 10;
        assertThrows(IssueTracker.IssueTrackerException.class, () -> service.create(MEMBER, "DEMO", "x", null));
        assertTrue(journal.open.isEmpty());
    }

    @Test
    public void aCreationCutOffByACrashIsUndoneByTheRecoveryAtTheNextStart() {
        // The crash: Jira stops answering halfway and the compensating deletes fail too; the journal keeps the issues.
        issues.failOnCreateNumber = 12;
        issues.deleteFails = true;
        assertThrows(IssueTracker.IssueTrackerException.class, () -> service.create(MEMBER, "DEMO", "x", null));
        assertEquals(1, journal.open.size());
        assertEquals(issues.created, journal.open.values().iterator().next().issues());

        issues.deleteFails = false;
        issues.deleted.clear();
        CreationRecovery.Outcome outcome = new CreationRecovery(journal, repository, issues).recover(Instant.now());

        assertEquals(new CreationRecovery.Outcome(1, 11, 0, 0), outcome);
        List<IssueRef> newestFirst = new ArrayList<>(issues.created);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, issues.deleted);
        assertTrue(journal.open.isEmpty());
    }

    @Test
    public void recoveryKeepsTheIssuesOfAnInitiativeThatWasStoredBeforeTheCrash() {
        long id = journal.begin("DEMO", "member", Instant.EPOCH);
        journal.created(id, new IssueRef(1001, "DEMO-1001"));
        when(repository.findByAnyIssueId(1001)).thenReturn(Optional.of(Initiatives.fresh()));
        long running = journal.begin("DEMO", "member", Instant.now().plusSeconds(60));

        CreationRecovery.Outcome outcome = new CreationRecovery(journal, repository, issues).recover(Instant.now());

        assertEquals(new CreationRecovery.Outcome(0, 0, 1, 0), outcome);
        assertTrue(issues.deleted.isEmpty());
        assertEquals("a creation that began after the node started is left to its request", List.of(running),
                List.copyOf(journal.open.keySet()));
    }

    @Test
    public void databaseFailureAlsoRemovesTheIssues() {
        when(repository.create(any())).thenThrow(new IllegalStateException("db down"));

        assertThrows(IllegalStateException.class, () -> service.create(MEMBER, "DEMO", "x", null));

        assertEquals(36, issues.deleted.size());
    }

    @Test
    public void projectTheCallerCannotBrowseIsNotFoundAndOneWithoutCreateIsForbidden() {
        assertThrows(RoadmapException.NotFound.class, () -> service.create(MEMBER, "HR", "x", null));
        when(access.canCreateIssues(MEMBER, "DEMO")).thenReturn(false);
        assertThrows(RoadmapException.Forbidden.class, () -> service.create(MEMBER, "DEMO", "x", null));
        assertTrue(issues.created.isEmpty());
    }

    @Test
    public void projectNotSetUpIsAConflict() {
        when(access.canBrowseProject(MEMBER, "HELSE")).thenReturn(true);
        when(access.canCreateIssues(MEMBER, "HELSE")).thenReturn(true);
        RoadmapException.Conflict e = assertThrows(RoadmapException.Conflict.class, () -> service.create(MEMBER, "HELSE", "x", null));
        assertEquals("roadmap.setup.required", e.errors().get(0).key());
    }

    @Test
    public void missingFieldsAreNamedTogether() {
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class, () -> service.create(MEMBER, " ", null, null));
        assertEquals(List.of("projectKey", "summary"), e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    public void anonymousCallerIsNotAuthenticated() {
        assertThrows(RoadmapException.NotAuthenticated.class, () -> service.create(null, "DEMO", "x", null));
    }

    @Test
    public void movingWithoutEditPermissionIsForbiddenAndBlockedGateIsReported() {
        Initiative initiative = Initiatives.fresh();
        issues.known.put("DEMO-1", new TrackedIssue(1, "DEMO-1", "DEMO", "x"));
        when(access.canBrowseIssue(MEMBER, 1)).thenReturn(true);
        when(repository.findByAnyIssueId(1)).thenReturn(Optional.of(initiative));

        assertThrows(RoadmapException.Forbidden.class, () -> service.move(MEMBER, "DEMO-1", new MoveRequest("INSIGHT", null, null, null), null));
        verify(access).refused(MEMBER, AccessControl.EDIT, "DEMO-1");

        when(access.canEditIssue(MEMBER, 1)).thenReturn(true);
        GateBlockedException blocked = assertThrows(GateBlockedException.class,
                () -> service.move(MEMBER, "DEMO-1", new MoveRequest("INSIGHT", null, null, null), null));
        assertEquals(3, blocked.missingSteps().size());
        verify(repository, never()).update(any(), anyLong(), any());
    }

    @Test
    public void overrideIsStoredAndWrittenAsAComment() {
        Initiative initiative = Initiatives.fresh();
        issues.known.put("DEMO-1", new TrackedIssue(1, "DEMO-1", "DEMO", "x"));
        when(access.canBrowseIssue(MEMBER, 1)).thenReturn(true);
        when(access.canEditIssue(MEMBER, 1)).thenReturn(true);
        when(repository.findByAnyIssueId(1)).thenReturn(Optional.of(initiative));
        when(repository.update(any(), eq(3L), any())).thenAnswer(inv -> inv.getArgument(0));

        Initiative moved = service.move(MEMBER, "DEMO-1", new MoveRequest("INSIGHT", null, "Approved by steering group", null), null);

        assertEquals("INSIGHT", moved.currentPhase());
        assertEquals(List.of("nb:roadmap.gate.overrideComment"), issues.comments);
        assertEquals(1, audit.size());
        AuditEvent event = audit.get(0);
        assertEquals("gate.override", event.action());
        assertEquals("member", event.userKey());
        assertEquals("DEMO-1", event.issueKey());
        assertEquals(Map.of("from", "ANCHORING", "to", "INSIGHT", "openSteps", "3", "version", "3"), event.details());
        assertTrue("the reason is people's words: on the issue, not in the log",
                !event.toString().contains("Approved by steering group"));
    }

    @Test
    public void staleVersionIsAConflict() {
        issues.known.put("DEMO-1", new TrackedIssue(1, "DEMO-1", "DEMO", "x"));
        when(access.canBrowseIssue(MEMBER, 1)).thenReturn(true);
        when(access.canEditIssue(MEMBER, 1)).thenReturn(true);
        when(repository.findByAnyIssueId(1)).thenReturn(Optional.of(Initiatives.fresh()));

        assertThrows(RoadmapException.Conflict.class, () -> service.setStepDone(MEMBER, "DEMO-1", "BUILD_TEAM", true, 2L));
    }

    @Test
    public void unknownOrHiddenIssueIsNotFound() {
        assertThrows(RoadmapException.NotFound.class, () -> service.get(MEMBER, "DEMO-404"));
        issues.known.put("HR-1", new TrackedIssue(9, "HR-1", "HR", "secret"));
        assertThrows(RoadmapException.NotFound.class, () -> service.get(MEMBER, "HR-1"));
    }

    /** Records what the service asks Jira to do; can fail on the n-th creation. */
    static final class FakeIssues implements IssueTracker {
        final List<IssueRef> created = new ArrayList<>();
        final List<String> summaries = new ArrayList<>();
        final List<IssueRef> deleted = new ArrayList<>();
        final List<String> links = new ArrayList<>();
        final List<String> comments = new ArrayList<>();
        final Map<String, TrackedIssue> known = new HashMap<>();
        final AtomicLong ids = new AtomicLong(1000);
        int failOnCreateNumber = -1;
        boolean deleteFails;
        Runnable beforeCreate = () -> { };

        @Override
        public Optional<TrackedIssue> find(String key) {
            return Optional.ofNullable(known.get(key));
        }

        @Override
        public Optional<TrackedIssue> find(long id) {
            return known.values().stream().filter(i -> i.id() == id).findFirst();
        }

        @Override
        public IssueRef create(Actor actor, String projectKey, String issueTypeId, String summary, String description) {
            return next(summary);
        }

        @Override
        public IssueRef createSubTask(Actor actor, IssueRef parent, String issueTypeId, String summary, String description) {
            return next(summary);
        }

        private IssueRef next(String summary) {
            beforeCreate.run();
            if (created.size() + 1 == failOnCreateNumber) {
                throw new IssueTrackerException("Jira said no");
            }
            long id = ids.incrementAndGet();
            IssueRef ref = new IssueRef(id, "DEMO-" + id);
            created.add(ref);
            summaries.add(summary);
            return ref;
        }

        @Override
        public void link(Actor actor, IssueRef from, IssueRef to, long linkTypeId) {
            links.add(from.key() + "->" + to.key());
        }

        @Override
        public void delete(Actor actor, IssueRef issue) {
            if (deleteFails) {
                throw new IssueTrackerException("Jira is gone");
            }
            deleted.add(issue);
        }

        @Override
        public void comment(Actor actor, IssueRef issue, String body) {
            comments.add(body);
        }
    }


    @Test
    public void phaseIssueSummariesStayWithinJirasLimit() {
        String long_ = "Tjenesteutvikling: " + "x".repeat(250);
        String cut = InitiativeService.jiraSummary(long_);
        assertEquals(255, cut.length());
        assertTrue(cut.endsWith("…"));
        assertEquals("Innsikt: kort", InitiativeService.jiraSummary("Innsikt: kort"));
    }
}
