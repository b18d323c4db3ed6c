package no.veikart.roadmap.leader.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import org.junit.Test;

public class LeaderAccessServiceTest {
    private static final Actor ADMIN = new Actor("admin", "admin", "Admin", Locale.ENGLISH);
    private static final Actor LEDER = new Actor("leder", "leder", "Liv Leder", Locale.ENGLISH);
    private static final Actor MEMBER = new Actor("member", "member", "Member", Locale.ENGLISH);

    private final AccessControl access = mock(AccessControl.class);
    private final List<AuditEvent> audit = new ArrayList<>();
    private final List<InitiativeSummary> rows = List.of(
            row(1, "DEMO", "PILOTING", "ACTIVE", "GREEN", "COST,NOK,1,1000,250"),
            row(2, "DEMO", "INSIGHT", "HALTED", null, ""),
            row(3, "HELSE", "PILOTING", "ACTIVE", "RED", ""),
            row(4, "SECRET", "PILOTING", "ACTIVE", "RED", ""));
    private final LeaderAccessService service = new LeaderAccessService(new MemoryStore(),
            new LeaderGroups() {
                @Override
                public boolean exists(String group) {
                    return Set.of("ledere", "jira-administrators").contains(group.toLowerCase(Locale.ROOT));
                }

                @Override
                public Set<String> of(Actor actor) {
                    return actor == LEDER ? Set.of("ledere") : Set.of();
                }
            }, access, new InitiativeSummaryReader() {
                @Override
                public void inProjects(Collection<String> projectKeys, Consumer<InitiativeSummary> sink) {
                    rows.stream().filter(r -> projectKeys.contains(r.projectKey())).forEach(sink);
                }

                @Override
                public void ofIssues(Collection<Long> issueIds, Consumer<InitiativeSummary> sink) {
                    throw new AssertionError("not used");
                }
            }, audit::add);

    public LeaderAccessServiceTest() {
        when(access.isJiraAdmin(ADMIN)).thenReturn(true);
    }

    @Test
    public void leadersReadCountsOfOptedInProjectsOnly() {
        service.update(ADMIN, List.of("Ledere"), List.of("demo", "HELSE"), 0L);
        AggregatePortfolio a = service.aggregate(LEDER, List.of());
        assertEquals(List.of("DEMO", "HELSE"), a.projects());
        assertEquals(3, a.initiatives());
        assertEquals(List.of(new AggregatePortfolio.Count("INSIGHT", 1), new AggregatePortfolio.Count("PILOTING", 2)),
                a.phases());
        assertEquals(List.of(new AggregatePortfolio.Count("GREEN", 1), new AggregatePortfolio.Count("NONE", 1),
                new AggregatePortfolio.Count("RED", 1)), a.lights());
        assertEquals(List.of(new AggregatePortfolio.Count("ACTIVE", 2), new AggregatePortfolio.Count("HALTED", 1)),
                a.statuses());
        assertEquals(List.of(new AggregatePortfolio.Money("NOK", new BigDecimal("1000"), new BigDecimal("250"))), a.money());
        // A project that did not opt in stays out even when asked for by name.
        assertEquals(List.of("HELSE"), service.aggregate(LEDER, List.of("HELSE", "SECRET")).projects());
        assertEquals("leaderAccess.read", audit.get(audit.size() - 1).action());
        assertEquals("HELSE", audit.get(audit.size() - 1).details().get("projects"));
    }

    @Test
    public void everyoneElseGetsNothingCounted() {
        service.update(ADMIN, List.of("ledere"), List.of("DEMO"), 0L);
        int audited = audit.size();
        for (Actor other : List.of(MEMBER, ADMIN)) {
            AggregatePortfolio none = service.aggregate(other, List.of());
            assertEquals(List.of(), none.projects());
            assertEquals(0, none.initiatives());
            assertEquals(List.of(), none.phases());
            assertEquals(List.of(), none.money());
        }
        assertEquals("only leaders' reads are audited", audited, audit.size());
        assertThrows(RoadmapException.NotAuthenticated.class, () -> service.aggregate(null, List.of()));
        assertThrows(RoadmapException.Forbidden.class, () -> service.settings(LEDER));
        assertThrows(RoadmapException.Forbidden.class, () -> service.update(LEDER, List.of("ledere"), List.of(), 1L));
    }

    @Test
    public void settingsAreValidatedVersionedAndAudited() {
        RoadmapException.Invalid bad = assertThrows(RoadmapException.Invalid.class,
                () -> service.update(ADMIN, List.of("no-such-group"), List.of(), 0L));
        assertEquals("groups", bad.errors().get(0).field());
        assertThrows(RoadmapException.Invalid.class, () -> service.update(ADMIN, List.of(), List.of("not a key"), 0L));
        assertThrows(RoadmapException.Invalid.class, () -> service.update(ADMIN, List.of(), List.of(), null));
        LeaderAccessSettings saved = service.update(ADMIN, List.of("ledere"), List.of("DEMO"), 0L);
        assertEquals(1, saved.version());
        assertThrows(RoadmapException.Conflict.class, () -> service.update(ADMIN, List.of(), List.of(), 0L));
        assertEquals(saved, service.settings(ADMIN));
        assertEquals("leaderAccess.update", audit.get(0).action());
        assertEquals("DEMO", audit.get(0).details().get("projects"));
    }

    @Test
    public void theAggregateCannotCarryNamesOrKeys() {
        for (RecordComponent c : AggregatePortfolio.class.getRecordComponents()) {
            boolean allowed = c.getType() == int.class || c.getType() == BigDecimal.class
                    || c.getType() == List.class;
            assertTrue(c.getName() + " is " + c.getType(), allowed);
        }
        for (Class<?> nested : List.of(AggregatePortfolio.Count.class, AggregatePortfolio.Money.class)) {
            assertEquals(nested + " has a code or currency and numbers", 1, java.util.Arrays.stream(nested.getRecordComponents())
                    .filter(c -> c.getType() == String.class).count());
        }
    }

    @Test
    public void nothingForAStranger() {
        service.update(ADMIN, List.of("ledere"), List.of("DEMO"), 0L);
        assertEquals(0, service.aggregate(MEMBER, List.of("DEMO")).initiatives());
        verify(access, never()).canBrowseProject(any(), any());
    }

    private static InitiativeSummary row(long id, String project, String phase, String status, String light, String money) {
        return new InitiativeSummary(id, 100 + id, project + "-" + id, project, "Secret summary " + id, phase, status, "",
                "", money, "", "", null, null, light);
    }

    /** The store's contract in memory: a save over a stale version is a conflict (AoLeaderAccessStore on a database). */
    private static final class MemoryStore implements LeaderAccessStore {
        private LeaderAccessSettings stored = LeaderAccessSettings.NONE;

        @Override
        public LeaderAccessSettings load() {
            return stored;
        }

        @Override
        public LeaderAccessSettings save(List<String> groups, List<String> projects, long expectedVersion) {
            if (stored.version() != expectedVersion) {
                throw new RoadmapException.Conflict(no.veikart.roadmap.common.domain.FieldError.of("version", "roadmap.error.staleVersion"));
            }
            stored = new LeaderAccessSettings(groups, projects, expectedVersion + 1);
            return stored;
        }
    }
}
