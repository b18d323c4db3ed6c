package no.veikart.roadmap.gain.reminder;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.mail.Email;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.status.RunOutcome;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.gain.domain.Frequency;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainRepository;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.gain.domain.MeasurementSchedule;
import no.veikart.roadmap.gain.domain.ReminderKey;
import no.veikart.roadmap.gain.domain.ReminderRecord;
import no.veikart.roadmap.gain.domain.Unit;
import no.veikart.roadmap.phase.domain.InitiativeSummary;
import org.junit.Before;
import org.junit.Test;

/** The reminder job with in-memory collaborators: who gets which mail, once, and what happens on failure. */
public class FollowUpReminderJobTest {
    private static final Instant NOW = Instant.parse("2025-03-31T06:00:00Z");

    private final List<MeasurementSchedule> schedules = new ArrayList<>();
    private final Map<Long, InitiativeSummary> initiatives = new HashMap<>();
    private final ReminderFakes.Ledger ledger = new ReminderFakes.Ledger();
    private final ReminderFakes.Outbox outbox = new ReminderFakes.Outbox();
    private final ReminderFakes.Users users = new ReminderFakes.Users();
    private final ReminderFakes.Locales locales = new ReminderFakes.Locales();
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Before
    public void jira() {
        users.with(ReminderFakes.user("member", "Martin Medlem", "member@example.org", true))
                .with(ReminderFakes.user("admin", "Anne Admin", "admin@example.org", true))
                .with(ReminderFakes.user("gone", "Gunnar Gått", "gone@example.org", false))
                .with(ReminderFakes.user("silent", "Siri Stille", " ", true));
        locales.byKey.put("admin", Locale.forLanguageTag("nb-NO"));
        initiatives.put(1L, new InitiativeSummary(1, "DEMO-1", "DEMO", "Digital hjemmetrening"));
        initiatives.put(2L, new InitiativeSummary(2, "HELSE-7", "HELSE", "Medisinrobot"));
    }

    private FollowUpReminderJob job() {
        GainRepository gains = mock(GainRepository.class);
        when(gains.findMeasurementSchedules()).thenAnswer(i -> List.copyOf(schedules));
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(com.atlassian.sal.api.UrlMode.CANONICAL)).thenReturn("https://jira.example.org/");
        ReminderMailer mailer = new ReminderMailer(outbox, users, locales, ReminderFakes.TEXTS, application);
        return new FollowUpReminderJob(gains, ledger, ids -> initiatives, mailer, clock);
    }

    /** A monthly gain measured last on {@code lastMeasured} (baseline 2024-01-01 before that). */
    private Gain add(long id, long initiative, String title, String owner, LocalDate lastMeasured) {
        Gain gain = new Gain(id, initiative, GainType.TIME, title, null, Unit.HOURS, null, new BigDecimal("15000"),
                LocalDate.of(2024, 1, 1), new BigDecimal("13650"), LocalDate.of(2025, 12, 31), owner, null,
                Frequency.MONTHLY, 0);
        schedules.removeIf(s -> s.gain().id() == id);
        schedules.add(new MeasurementSchedule(gain, lastMeasured));
        return gain;
    }

    private Email mailTo(String address) {
        return outbox.queued.stream().map(i -> i.getEmail()).filter(e -> e.getTo().equals(address)).findFirst().orElseThrow();
    }

    @Test
    public void eachOwnerGetsOneMailListingTheirDueGainsWithKeyTitleDateAndLink() {
        add(10, 1, "Færre plejetimer", "member", LocalDate.of(2025, 1, 15));       // overdue since 2025-02-15
        add(11, 2, "Færre\nmedisinfeil", "member", LocalDate.of(2025, 2, 28));    // overdue since 2025-03-28
        add(12, 1, "Kortere ventetid", "admin", LocalDate.of(2025, 2, 28));       // due 2025-03-28: overdue
        add(13, 1, "Ikke ennå", "member", LocalDate.of(2025, 3, 15));             // due 2025-04-15

        RunReport report = job().run();

        assertEquals(List.of("admin@example.org", "member@example.org"), outbox.recipients());
        Email member = mailTo("member@example.org");
        assertEquals("text/plain", member.getMimeType());
        assertEquals("UTF-8", member.getEncoding());
        assertEquals("en:roadmap.gain.reminder.subject[2]", member.getSubject());
        String body = member.getBody();
        assertTrue(body, body.startsWith("en:roadmap.gain.reminder.greeting[Martin Medlem]\n\nen:roadmap.gain.reminder.intro\n"));
        assertTrue(body, body.contains("* DEMO-1 Digital hjemmetrening\n  Færre plejetimer\n"
                + "  en:roadmap.gain.reminder.overdue[Feb 15, 2025]\n  https://jira.example.org/browse/DEMO-1\n"));
        assertTrue("user text stays on its own line: " + body, body.contains("* HELSE-7 Medisinrobot\n  Færre medisinfeil\n"));
        assertTrue(body, body.indexOf("DEMO-1") < body.indexOf("HELSE-7"));
        assertFalse(body, body.contains("Ikke ennå"));
        assertTrue(body, body.contains("en:roadmap.gain.reminder.action") && body.contains("en:roadmap.gain.reminder.footer"));

        Email admin = mailTo("admin@example.org");
        assertEquals("the owner's profile language", "nb:roadmap.gain.reminder.subject[1]", admin.getSubject());
        assertTrue(admin.getBody(), admin.getBody().contains("nb:roadmap.gain.reminder.overdue[28. mar"));

        assertEquals(new RunReport(3, 0, 3, 2, 0, 0, 0), report);
        assertEquals(ReminderRecord.State.SENT, ledger.state(new ReminderKey(10, LocalDate.of(2025, 2, 15))));
    }

    @Test
    public void dueTodayIsSaidSo() {
        add(20, 1, "Målt for en måned siden", "member", LocalDate.of(2025, 2, 28));
        clock = Clock.fixed(Instant.parse("2025-03-28T06:00:00Z"), ZoneOffset.UTC);

        job().run();

        assertTrue(mailTo("member@example.org").getBody().contains("en:roadmap.gain.reminder.dueToday[Mar 28, 2025]"));
    }

    @Test
    public void aReminderIsSentOnceHoweverOftenTheJobRuns() {
        add(10, 1, "Færre plejetimer", "member", LocalDate.of(2025, 1, 15));

        JobRunnerResponse first = job().runJob(null);
        JobRunnerResponse second = job().runJob(null);
        clock = Clock.fixed(NOW.plusSeconds(86_400 * 3), ZoneOffset.UTC);
        RunReport later = job().run();

        assertEquals(1, outbox.queued.size());
        assertEquals(RunOutcome.SUCCESS, first.getRunOutcome());
        assertEquals(RunOutcome.SUCCESS, second.getRunOutcome());
        assertTrue(second.getMessage(), second.getMessage().contains("1 due, 1 already sent, 0 sent"));
        assertEquals(new RunReport(1, 1, 0, 0, 0, 0, 0), later);
    }

    @Test
    public void aNewMeasurementMakesANewDueDateAndSoANewReminder() {
        add(10, 1, "Færre plejetimer", "member", LocalDate.of(2025, 1, 15));
        job().run();
        add(10, 1, "Færre plejetimer", "member", LocalDate.of(2025, 2, 20));   // recorded late: due 2025-03-20, overdue

        job().run();

        assertEquals(2, outbox.queued.size());
        assertTrue(outbox.queued.get(1).getEmail().getBody().contains("overdue[Mar 20, 2025]"));
    }

    @Test
    public void aReminderAnotherRunHoldsIsNotSentByThisOne() {
        add(10, 1, "Færre plejetimer", "member", LocalDate.of(2025, 1, 15));
        add(11, 1, "Kortere ventetid", "member", LocalDate.of(2025, 1, 20));
        ReminderKey held = new ReminderKey(10, LocalDate.of(2025, 2, 15));
        ReminderKey raced = new ReminderKey(11, LocalDate.of(2025, 2, 20));
        ledger.claimedElsewhere(held, NOW.minusSeconds(30));
        // The other node claims the second one between this run's read and its claim.
        ledger.beforeClaim = () -> {
            if (!ledger.rows.containsKey(raced)) {
                ledger.claimedElsewhere(raced, NOW);
            }
        };

        RunReport report = job().run();

        assertTrue(outbox.queued.isEmpty());
        assertEquals(new RunReport(2, 1, 0, 0, 0, 0, 1), report);
        assertEquals(ReminderRecord.State.SENDING, ledger.state(held));
    }

    @Test
    public void aClaimAbandonedByACrashedRunIsSentAfterAnHour() {
        add(10, 1, "Færre plejetimer", "member", LocalDate.of(2025, 1, 15));
        ledger.claimedElsewhere(new ReminderKey(10, LocalDate.of(2025, 2, 15)), NOW.minus(ReminderRecord.ABANDONED_AFTER));

        RunReport report = job().run();

        assertEquals(1, outbox.queued.size());
        assertEquals(1, report.sent());
        assertEquals(2, ledger.rows.get(new ReminderKey(10, LocalDate.of(2025, 2, 15))).attempts);
    }

    @Test
    public void aFailedMailIsRecordedReportedAndSentByTheNextRun() {
        add(10, 1, "Færre plejetimer", "member", LocalDate.of(2025, 1, 15));
        add(12, 1, "Kortere ventetid", "admin", LocalDate.of(2025, 2, 28));
        ReminderKey memberKey = new ReminderKey(10, LocalDate.of(2025, 2, 15));
        outbox.failures = 1;   // the first mail (admin's) fails

        JobRunnerResponse failed = job().runJob(null);

        assertEquals(RunOutcome.FAILED, failed.getRunOutcome());
        assertTrue(failed.getMessage(), failed.getMessage().contains("1 failed"));
        assertEquals(List.of("member@example.org"), outbox.recipients());
        ReminderKey adminKey = new ReminderKey(12, LocalDate.of(2025, 3, 28));
        assertEquals(ReminderRecord.State.FAILED, ledger.state(adminKey));
        assertEquals("java.lang.IllegalStateException", ledger.rows.get(adminKey).error);
        assertEquals(ReminderRecord.State.SENT, ledger.state(memberKey));

        JobRunnerResponse retried = job().runJob(null);

        assertEquals(RunOutcome.SUCCESS, retried.getRunOutcome());
        assertEquals(List.of("member@example.org", "admin@example.org"), outbox.recipients());
        assertEquals(ReminderRecord.State.SENT, ledger.state(adminKey));
        assertEquals(2, ledger.rows.get(adminKey).attempts);

        job().run();
        assertEquals(2, outbox.queued.size());
    }

    @Test
    public void aDatabaseFailureWhileClaimingRecordsWhatWasClaimedAndTheNextRunSendsAll() {
        add(10, 1, "Færre plejetimer", "member", LocalDate.of(2025, 1, 15));
        add(11, 1, "Kortere ventetid", "member", LocalDate.of(2025, 1, 20));
        ledger.claimsBeforeOutage = 1;

        JobRunnerResponse broken = job().runJob(null);

        assertEquals(RunOutcome.FAILED, broken.getRunOutcome());
        assertTrue(broken.getMessage(), broken.getMessage().contains("2 failed"));
        assertTrue(outbox.queued.isEmpty());
        assertEquals(ReminderRecord.State.FAILED, ledger.state(new ReminderKey(10, LocalDate.of(2025, 2, 15))));

        ledger.claimsBeforeOutage = -1;
        RunReport next = job().run();

        assertEquals(1, outbox.queued.size());
        assertEquals(new RunReport(2, 0, 2, 1, 0, 0, 0), next);
        assertTrue(outbox.queued.get(0).getEmail().getBody().contains("Kortere ventetid"));
    }

    @Test
    public void ownersThatAreNotActiveJiraUsersWithAnAddressAreSkippedNotClaimedAndNotNamed() {
        add(30, 1, "Fritekst-eier", "Kari Nordmann (hjemmetjenesten)", LocalDate.of(2025, 1, 1));
        add(31, 1, "Deaktivert eier", "gone", LocalDate.of(2025, 1, 1));
        add(32, 1, "Eier uten e-post", "silent", LocalDate.of(2025, 1, 1));
        add(33, 1, "Vanlig eier", "member", LocalDate.of(2025, 1, 1));

        JobRunnerResponse response = job().runJob(null);

        assertEquals(List.of("member@example.org"), outbox.recipients());
        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertTrue(response.getMessage(), response.getMessage().contains("3 skipped"));
        for (String personal : List.of("Kari", "gone", "silent", "member", "@")) {
            assertFalse(response.getMessage(), response.getMessage().contains(personal));
        }
        assertEquals("only the member's reminder was claimed", 1, ledger.rows.size());

        users.with(ReminderFakes.user("Kari Nordmann (hjemmetjenesten)", "Kari", "kari@example.org", true));
        job().run();
        assertEquals("looked up again next run", List.of("member@example.org", "kari@example.org"), outbox.recipients());
    }

    @Test
    public void englishWhenJiraCannotTellTheOwnersLanguage() {
        add(12, 1, "Kortere ventetid", "admin", LocalDate.of(2025, 2, 28));
        locales.failure = new IllegalStateException("no profile");

        job().run();

        assertEquals("en:roadmap.gain.reminder.subject[1]", mailTo("admin@example.org").getSubject());
    }

    @Test
    public void aGainWhoseInitiativeIsGoneIsStillRemindedWithoutALink() {
        add(40, 99, "Foreldreløs gevinst", "member", LocalDate.of(2025, 1, 1));

        job().run();

        String body = mailTo("member@example.org").getBody();
        assertTrue(body, body.contains("* Foreldreløs gevinst\n"));
        assertFalse(body, body.contains("/browse/"));
    }

    @Test
    public void nothingDueNothingSent() {
        add(13, 1, "Ikke ennå", "member", LocalDate.of(2025, 3, 15));

        JobRunnerResponse response = job().runJob(null);

        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertTrue(outbox.queued.isEmpty());
        assertTrue(ledger.rows.isEmpty());
    }

    @Test
    public void aBrokenRunIsReportedAsFailed() {
        GainRepository broken = mock(GainRepository.class);
        when(broken.findMeasurementSchedules()).thenThrow(new IllegalStateException("database down"));
        FollowUpReminderJob job = new FollowUpReminderJob(broken, ledger, ids -> initiatives,
                new ReminderMailer(outbox, users, locales, ReminderFakes.TEXTS, mock(ApplicationProperties.class)), clock);

        JobRunnerResponse response = job.runJob(null);

        assertEquals(RunOutcome.FAILED, response.getRunOutcome());
        assertTrue(outbox.queued.isEmpty());
    }
}
