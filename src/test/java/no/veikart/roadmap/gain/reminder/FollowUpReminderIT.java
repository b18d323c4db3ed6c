package no.veikart.roadmap.gain.reminder;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.status.RunOutcome;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.sandbox.mail.SandboxMailQueue;
import no.veikart.roadmap.sandbox.scheduler.SandboxSchedulerService;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The follow-up reminders end to end in the sandbox: the plugin's LifecycleAware bean schedules the daily job once per
 * cluster at start; an overdue gain created over REST gets its owner exactly one mail however often the job runs (once
 * from the admin outbox page's button, once directly); owners that are not users get none. That two nodes cannot both
 * send is shown on the database itself ({@code GainReminderRepositoryContract#twoNodesClaimingAtTheSameMomentNeverBothWin}):
 * the sandbox is one node.
 */
public class FollowUpReminderIT {
    private static final String OUTBOX = "/secure/admin/roadmap-outbox";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static Sandbox sandbox;
    private static RestClient member;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-reminder-it"), false);
        member = new RestClient(sandbox.baseUrl(), "member", "member");
        assertEquals(200, new RestClient(sandbox.baseUrl(), "admin", "admin").post("/projects/DEMO/setup", "{}").status());
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    private static String gain(String title, String owner, LocalDate baseline) {
        return "{\"type\":\"TIME\",\"title\":\"" + title + "\",\"unit\":\"HOURS\",\"baseline\":{\"value\":15000,\"date\":\""
                + baseline + "\"},\"target\":{\"value\":13650,\"date\":\"" + baseline.plusYears(1) + "\"},\"owner\":\"" + owner
                + "\",\"frequency\":\"MONTHLY\"}";
    }

    private static HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return HTTP.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The admin presses "Run now" on the outbox page: a form post with the page's XSRF token and cookie. */
    private static void runFromOutboxPage(String jobId) throws Exception {
        HttpResponse<String> page = get(OUTBOX, "admin");
        assertEquals(200, page.statusCode());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("atlassian.xsrf.token="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
        Matcher token = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(page.body(), token.find());
        HttpResponse<String> run = HTTP.send(request(OUTBOX, "admin").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("atl_token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
                        + "&jobId=" + URLEncoder.encode(jobId, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(run.body(), 302, run.statusCode());
    }

    @Test
    public void thePluginSchedulesTheDailyJobOncePerClusterAtStart() {
        SandboxSchedulerService scheduler = sandbox.component(SandboxSchedulerService.class);
        JobDetails job = scheduler.getJobDetails(FollowUpReminderScheduler.JOB_ID);

        assertNotNull("scheduled by the LifecycleAware bean's onStart", job);
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, job.getRunMode());
        assertEquals(FollowUpReminderScheduler.RUNNER_KEY, job.getJobRunnerKey());
        assertTrue(scheduler.registeredRunnerKeys().contains(FollowUpReminderScheduler.RUNNER_KEY));
    }

    @Test
    public void anOverdueGainsOwnerGetsExactlyOneMailHoweverOftenTheJobRuns() throws Exception {
        Reply initiative = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Digital hjemmetrening\"}");
        assertEquals(initiative.body().toString(), 201, initiative.status());
        String key = initiative.body().get("key").asText();
        String gains = "/initiatives/" + key + "/gains";
        Reply overdue = member.post(gains, gain("Færre plejetimer efter DigiRehab", "member", LocalDate.of(2021, 1, 1)));
        assertEquals(overdue.body().toString(), 201, overdue.status());
        assertTrue(overdue.body().get("overdue").asBoolean());
        assertEquals(201, member.post(gains, gain("Kortere ventetid", "Kari Nordmann", LocalDate.of(2021, 1, 1))).status());
        assertEquals(201, member.post(gains, gain("Ikke forfalt ennå", "admin", LocalDate.now(ZoneOffset.UTC))).status());
        String jobId = FollowUpReminderScheduler.JOB_ID.toString();

        runFromOutboxPage(jobId);
        SandboxSchedulerService.Run second = sandbox.runJob(jobId);

        SandboxMailQueue outbox = sandbox.component(SandboxMailQueue.class);
        // The same job mails the status reports the new initiative owes (reporting's reminder source): gains' mails only.
        List<SandboxMailQueue.SentMail> gainMails = outbox.sent().stream()
                .filter(m -> m.subject().startsWith("Gain follow-up")).toList();
        List<SandboxMailQueue.SentMail> toMember = gainMails.stream().filter(m -> m.to().equals("member@example.org")).toList();
        assertEquals("exactly one mail: " + outbox.sent(), 1, toMember.size());
        assertEquals("the free-text owner and the gain not yet due get nothing", 1, gainMails.size());
        SandboxMailQueue.SentMail mail = toMember.get(0);
        assertTrue(mail.body(), mail.body().contains("Færre plejetimer efter DigiRehab"));
        assertTrue(mail.body(), mail.body().contains(key + " Digital hjemmetrening"));
        assertTrue(mail.body(), mail.body().contains(sandbox.baseUrl() + "/browse/" + key));
        assertFalse(mail.body(), mail.body().contains("Kortere ventetid") || mail.body().contains("Ikke forfalt"));
        assertTrue(mail.mimeType(), mail.mimeType().startsWith("text/plain"));
        assertEquals(RunOutcome.SUCCESS, second.outcome());
        assertTrue(second.message(), second.message().contains(" already sent, 0 sent in 0 mail(s)"));

        String log = Files.readString(sandbox.home().resolve(SandboxMailQueue.LOG_FILE), StandardCharsets.UTF_8);
        assertEquals(log, 1, log.split("Færre plejetimer efter DigiRehab", -1).length - 1);
        assertTrue(log, log.contains("To: member@example.org"));

        HttpResponse<String> page = get(OUTBOX, "admin");
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("data-to=\"member@example.org\""));
        assertTrue(page.body().contains("Færre plejetimer efter DigiRehab"));
        assertEquals("Jira administrators only", 403, get(OUTBOX, "member").statusCode());
        assertEquals(302, get(OUTBOX, null).statusCode());
    }
}
