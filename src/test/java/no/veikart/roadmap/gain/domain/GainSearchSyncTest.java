package no.veikart.roadmap.gain.domain;

import static no.veikart.roadmap.gain.domain.Gains.d;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import org.junit.Before;
import org.junit.Test;

/**
 * Every stored change of gains, measurements or economics publishes the initiative's search values; a write Jira
 * refuses (or that throws) is kept as pending and retried at the next change and by the administrator's
 * recalculation, never skipped silently.
 */
public class GainSearchSyncTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-10T08:00:00Z"), ZoneOffset.UTC);
    private static final Actor MEMBER = new Actor("member", "member", "Martin Medlem", Locale.ENGLISH);
    private static final Actor ADMIN = new Actor("admin", "admin", "Anne Admin", Locale.ENGLISH);
    private static final InitiativeRef DEMO_1 = new InitiativeRef(1, 1001, "DEMO-1", "DEMO", List.of("ANCHORING"), "ANCHORING");
    private static final InitiativeRef DEMO_2 = new InitiativeRef(2, 1002, "DEMO-2", "DEMO", List.of("ANCHORING"), "ANCHORING");
    private static final GainDraft CARE_HOURS = new GainDraft("TIME", "Færre plejetimer", null, "HOURS", null,
            new GainDraft.Point("15000", "2021-01-01"), new GainDraft.Point("13650", "2021-12-31"), null, null, "MONTHLY");

    private final InMemoryGains gains = new InMemoryGains();
    private final RecordingFields fields = new RecordingFields();
    private final InMemoryPending pending = new InMemoryPending();
    private final InitiativeLookup lookup = mock(InitiativeLookup.class);
    private final AccessControl access = mock(AccessControl.class);
    private GainSearchSync sync;
    private GainService service;

    @Before
    public void wire() {
        for (InitiativeRef ref : List.of(DEMO_1, DEMO_2)) {
            when(lookup.find(any(), eq(ref.issueKey()))).thenReturn(Optional.of(ref));
        }
        when(lookup.find(any(), eq("DEMO-404"))).thenReturn(Optional.empty());
        when(lookup.findInProject(any(), eq("DEMO"))).thenReturn(List.of(DEMO_1, DEMO_2));
        when(access.canBrowseIssue(any(), anyLong())).thenReturn(true);
        when(access.canEditIssue(any(), anyLong())).thenReturn(true);
        when(access.canBrowseProject(any(), anyString())).thenReturn(true);
        when(access.isJiraAdmin(ADMIN)).thenReturn(true);
        sync = new GainSearchSync(gains.repository(), lookup, fields, pending, access, CLOCK, new GainCalculator());
        service = new GainService(gains.repository(), lookup, access, CLOCK, sync, event -> { },
                no.veikart.roadmap.initiative.domain.DataChanges.NONE, new no.veikart.roadmap.gain.domain.GainCalculator());
    }

    @Test
    public void everyChangeOfGainsMeasurementsAndEconomicsPublishesTheNewValues() {
        TrackedGain created = service.create(MEMBER, "DEMO-1", CARE_HOURS);
        assertPublished(1, "0.0", GainStatus.NOT_STARTED, LocalDate.of(2021, 2, 1), null);

        long gainId = created.gain().id();
        GainService.Recorded measured = service.addMeasurement(MEMBER, "DEMO-1", gainId,
                new MeasurementDraft("14000", "2021-12-31", null));
        // (15000 − 14000) / (15000 − 13650) = 74.1 %; the target date has passed, so the gain is at risk.
        assertPublished(2, "74.1", GainStatus.AT_RISK, LocalDate.of(2022, 1, 31), null);

        service.saveEconomics(MEMBER, "DEMO-1", new EconomicsDraft("750", "DKK", null, 5, null, null, null, null), null);
        // 1 000 hours saved a year at DKK 750.
        assertPublished(3, "74.1", GainStatus.AT_RISK, LocalDate.of(2022, 1, 31), new BigDecimal("750000.00"));
        assertEquals(Currency.DKK, fields.last().values().currency());

        TrackedGain lowered = service.update(MEMBER, "DEMO-1", gainId, new GainDraft("TIME", "Færre plejetimer", null,
                "HOURS", null, new GainDraft.Point("15000", "2021-01-01"), new GainDraft.Point("14000", "2021-12-31"), null,
                null, "MONTHLY"), measured.gain().gain().version());
        assertPublished(4, "100.0", GainStatus.REALISED, LocalDate.of(2022, 1, 31), new BigDecimal("750000.00"));

        service.deleteMeasurement(MEMBER, "DEMO-1", gainId, measured.measurement().id(), lowered.gain().version());
        assertPublished(5, "0.0", GainStatus.NOT_STARTED, LocalDate.of(2021, 2, 1), new BigDecimal("0.00"));

        service.saveEconomics(MEMBER, "DEMO-1", new EconomicsDraft("800", "DKK", null, 5, null, null, null, null), 0L);
        assertEquals(6, fields.published.size());

        service.delete(MEMBER, "DEMO-1", gainId, null);
        assertEquals(7, fields.published.size());
        assertEquals(SearchValues.EMPTY, fields.last().values());
        assertTrue(fields.published.stream().allMatch(p -> p.initiative().equals(DEMO_1) && p.actor().equals(MEMBER)));
        assertEquals(0, pending.count());
    }

    @Test
    public void refusedChangesPublishNothing() {
        long gainId = service.create(MEMBER, "DEMO-1", CARE_HOURS).gain().id();
        int before = fields.published.size();
        assertThrows(RoadmapException.Invalid.class, () -> service.create(MEMBER, "DEMO-1",
                new GainDraft("TIME", " ", null, "HOURS", null, null, null, null, null, "MONTHLY")));
        assertThrows(RoadmapException.Conflict.class, () -> service.update(MEMBER, "DEMO-1", gainId, CARE_HOURS, 7L));
        assertThrows(RoadmapException.Conflict.class, () -> service.delete(MEMBER, "DEMO-1", gainId, 3L));
        assertThrows(RoadmapException.Invalid.class, () -> service.addMeasurement(MEMBER, "DEMO-1", gainId,
                new MeasurementDraft("14000", "2030-01-01", null)));
        when(access.canEditIssue(eq(MEMBER), eq(1001L))).thenReturn(false);
        assertThrows(RoadmapException.Forbidden.class, () -> service.create(MEMBER, "DEMO-1", CARE_HOURS));
        assertEquals(before, fields.published.size());
    }

    @Test
    public void aRefusedWriteIsKeptAsPendingAndRetriedAtTheNextChange() {
        fields.failing.add("DEMO-1");
        TrackedGain created = service.create(MEMBER, "DEMO-1", CARE_HOURS);
        assertTrue("the gain change itself succeeds", created.gain().id() > 0);
        assertEquals(1, pending.count());
        GainSyncPendingStore.Pending waiting = pending.list(10).get(0);
        assertEquals(1, waiting.initiativeId());
        assertEquals(1001, waiting.issueId());
        assertEquals("DEMO-1", waiting.issueKey());
        assertEquals(GainSearchFields.Reason.REJECTED, waiting.reason());
        assertEquals(1, waiting.attempts());

        // Still failing: one more attempt is counted on the same row.
        service.create(MEMBER, "DEMO-2", CARE_HOURS);
        assertEquals(2, pending.list(10).get(0).attempts());
        assertEquals(1, pending.count());

        // Jira takes it again: the next change of any initiative writes DEMO-1 with its current values.
        fields.failing.clear();
        int before = fields.published.size();
        service.create(MEMBER, "DEMO-2", CARE_HOURS);
        assertEquals(0, pending.count());
        List<Published> written = fields.published.subList(before, fields.published.size());
        assertEquals(List.of("DEMO-2", "DEMO-1"), written.stream().map(p -> p.initiative().issueKey()).toList());
        assertEquals(GainStatus.NOT_STARTED, written.get(1).values().status());
    }

    @Test
    public void aChangeOfTheWaitingInitiativeItselfClearsIt() {
        fields.failing.add("DEMO-1");
        long gainId = service.create(MEMBER, "DEMO-1", CARE_HOURS).gain().id();
        fields.failing.clear();
        service.addMeasurement(MEMBER, "DEMO-1", gainId, new MeasurementDraft("14000", "2021-12-31", null));
        assertEquals(0, pending.count());
        assertEquals(d("74.1"), fields.last().values().realisedPercent());
    }

    @Test
    public void waitingInitiativesAreRetriedOnlyByThoseWhoMayEditThem() {
        fields.failing.add("DEMO-1");
        service.create(MEMBER, "DEMO-1", CARE_HOURS);
        fields.failing.clear();
        when(access.canEditIssue(eq(MEMBER), eq(1001L))).thenReturn(false);
        service.create(MEMBER, "DEMO-2", CARE_HOURS);
        assertEquals(1, pending.count());
        assertTrue(fields.published.stream().noneMatch(p -> p.initiative().equals(DEMO_1) && p.ok()));
    }

    @Test
    public void unexpectedExceptionsAreKeptAsPendingToo() {
        fields.throwing = new IllegalStateException("index unavailable");
        TrackedGain created = service.create(MEMBER, "DEMO-1", CARE_HOURS);
        assertTrue(created.gain().id() > 0);
        assertEquals(GainSearchFields.Reason.ERROR, pending.list(1).get(0).reason());
    }

    @Test
    public void aBrokenWaitingListNeverBreaksTheGainChange() {
        fields.failing.add("DEMO-1");
        pending.broken = true;
        TrackedGain created = service.create(MEMBER, "DEMO-1", CARE_HOURS);
        assertTrue(created.gain().id() > 0);
        fields.failing.clear();
        service.create(MEMBER, "DEMO-1", CARE_HOURS);
        assertEquals(d("0.0"), fields.last().values().realisedPercent());
    }

    @Test
    public void recalculationWritesEveryInitiativeOfTheProjectsAndReportsFailures() {
        long gainId = service.create(MEMBER, "DEMO-1", CARE_HOURS).gain().id();
        service.addMeasurement(MEMBER, "DEMO-1", gainId, new MeasurementDraft("14000", "2021-12-31", null));
        fields.published.clear();
        fields.failing.add("DEMO-2");

        GainSearchSync.Report report = sync.recalculate(ADMIN, List.of("DEMO", " ", "HELSE"));
        assertEquals(1, report.updated());
        assertEquals(1, report.failed());
        assertEquals(1, report.pending());
        Published demo1 = fields.published.stream().filter(p -> p.initiative().equals(DEMO_1)).findFirst().orElseThrow();
        assertEquals(d("74.1"), demo1.values().realisedPercent());
        assertEquals(ADMIN, demo1.actor());
        Published demo2 = fields.published.stream().filter(p -> p.initiative().equals(DEMO_2)).findFirst().orElseThrow();
        assertEquals("an initiative without gains has its fields cleared", SearchValues.EMPTY, demo2.values());

        fields.failing.clear();
        GainSearchSync.Report repaired = sync.recalculate(ADMIN, List.of("DEMO"));
        assertEquals(new GainSearchSync.Report(2, 0, 0), repaired);
    }

    @Test
    public void recalculationForgetsWaitingInitiativesThatNoLongerExist() {
        pending.record(404, 4040, "DEMO-404", GainSearchFields.Reason.REJECTED, CLOCK.instant());
        when(lookup.findInProject(any(), eq("DEMO"))).thenReturn(List.of());
        GainSearchSync.Report report = sync.recalculate(ADMIN, List.of("DEMO"));
        assertEquals(new GainSearchSync.Report(0, 0, 0), report);
    }

    @Test
    public void onlyJiraAdministratorsRecalculate() {
        assertThrows(RoadmapException.Forbidden.class, () -> sync.recalculate(MEMBER, List.of("DEMO")));
        assertThrows(RoadmapException.NotAuthenticated.class, () -> sync.recalculate(null, List.of("DEMO")));
        assertEquals(0, fields.published.size());
    }

    private void assertPublished(int count, String percent, GainStatus status, LocalDate next, BigDecimal value) {
        assertEquals(count, fields.published.size());
        SearchValues values = fields.last().values();
        assertEquals(d(percent), values.realisedPercent());
        assertEquals(status, values.status());
        assertEquals(next, values.nextFollowUp());
        if (value == null) {
            assertNull(values.realisedValue());
        } else {
            assertEquals(value, values.realisedValue());
        }
    }

    record Published(Actor actor, InitiativeRef initiative, SearchValues values, boolean ok) {
    }

    /** Records every publish; fails for the issue keys in {@link #failing}, or throws {@link #throwing}. */
    static final class RecordingFields implements GainSearchFields {
        final List<Published> published = new ArrayList<>();
        final Set<String> failing = new HashSet<>();
        RuntimeException throwing;

        @Override
        public void publish(Actor actor, InitiativeRef initiative, SearchValues values) {
            if (throwing != null) {
                throw throwing;
            }
            boolean ok = !failing.contains(initiative.issueKey());
            published.add(new Published(actor, initiative, values, ok));
            if (!ok) {
                throw new PublishException(Reason.REJECTED, "Jira refused the values: errors on customfield_10100");
            }
        }

        Published last() {
            return published.get(published.size() - 1);
        }
    }

    /** The waiting list in memory; {@link #broken} makes recording fail like a database outage. */
    static final class InMemoryPending implements GainSyncPendingStore {
        private final Map<Long, Pending> rows = new LinkedHashMap<>();
        boolean broken;

        @Override
        public void record(long initiativeId, long issueId, String issueKey, GainSearchFields.Reason reason, Instant at) {
            if (broken) {
                throw new IllegalStateException("database down");
            }
            Pending old = rows.get(initiativeId);
            rows.put(initiativeId, new Pending(initiativeId, issueId, issueKey, reason, old == null ? 1 : old.attempts() + 1,
                    old == null ? at : old.firstFailed(), at));
        }

        @Override
        public void remove(long initiativeId) {
            rows.remove(initiativeId);
        }

        @Override
        public List<Pending> list(int limit) {
            return rows.values().stream().limit(limit).toList();
        }

        @Override
        public int count() {
            return rows.size();
        }
    }
}
