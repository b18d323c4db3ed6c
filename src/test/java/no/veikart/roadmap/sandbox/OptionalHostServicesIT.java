package no.veikart.roadmap.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.cache.request.RequestCacheFactory;
import com.atlassian.jira.cluster.ClusterManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.scheduler.status.RunOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import no.veikart.roadmap.gain.reminder.FollowUpReminderScheduler;
import no.veikart.roadmap.sandbox.jira.SandboxCustomFields;
import no.veikart.roadmap.sandbox.scheduler.SandboxSchedulerService;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The five host services no Jira 10/11 source shows as OSGi services (ClusterManager, MailQueue, DateFieldFormat,
 * LocaleResolver, RequestCacheFactory) are optional references: on a host that offers none of them the plugin still starts, initiatives
 * are still created (journalled under an unknown node), the searchable next follow-up is still written (Jira's
 * default date picker format in the user's language) and the reminder job records its mails as failed for the next
 * run instead of stopping.
 */
public class OptionalHostServicesIT {

    private static final Set<Class<?>> WITHHELD = Set.of(ClusterManager.class, MailQueue.class, DateFieldFormat.class,
            LocaleResolver.class, RequestCacheFactory.class);
    private static Sandbox sandbox;
    private static RestClient member;

    @BeforeClass
    public static void start() throws Exception {
        Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "roadmap-optional-it");
        sandbox = Sandbox.start(0, home, false, WITHHELD);
        member = new RestClient(sandbox.baseUrl(), "member", "member");
        assertEquals(200, new RestClient(sandbox.baseUrl(), "admin", "admin").post("/projects/DEMO/setup", "{}").status());
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    public void thePluginWorksWithoutTheOptionalHostServices() throws Exception {
        for (Class<?> type : WITHHELD) {
            try {
                sandbox.component(type);
                throw new AssertionError("the host still offers " + type.getName());
            } catch (IllegalArgumentException expected) {
                // Withheld, as asked.
            }
        }
        Reply initiative = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Trygghetsalarm\"}");
        assertEquals(initiative.body().toString(), 201, initiative.status());
        String key = initiative.body().get("key").asText();
        Reply gain = member.post("/initiatives/" + key + "/gains", "{\"type\":\"TIME\",\"title\":\"Færre nattbesøk\","
                + "\"unit\":\"HOURS\",\"baseline\":{\"value\":900,\"date\":\"2021-01-01\"},\"target\":{\"value\":600,"
                + "\"date\":\"2022-01-01\"},\"owner\":\"member\",\"frequency\":\"MONTHLY\"}");
        assertEquals(gain.body().toString(), 201, gain.status());

        long issueId = sandbox.component(IssueManager.class).getIssueObject(key).getId();
        String followUp = sandbox.component(SandboxCustomFields.class).values(issueId).stream()
                .filter(v -> v.name().equals("Gain next follow-up")).map(SandboxCustomFields.Shown::value).findFirst()
                .orElseThrow(() -> new AssertionError("no next follow-up written: "
                        + sandbox.component(SandboxCustomFields.class).values(issueId)));
        assertTrue(followUp, followUp.matches("\\d{4}-\\d{2}-\\d{2}"));
        if (gain.body().hasNonNull("nextMeasurementDue")) {
            assertEquals(gain.body().get("nextMeasurementDue").asText(), followUp);
        }

        SandboxSchedulerService.Run run = sandbox.runJob(FollowUpReminderScheduler.JOB_ID.toString());
        assertEquals(run.message(), RunOutcome.FAILED, run.outcome());
        // Every reminder due (the gain's follow-up, and the status report the new initiative owes) fails, none is lost.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) due, .* 0 sent .* (\\d+) failed \\(retried next run\\)")
                .matcher(run.message());
        assertTrue(run.message(), m.find());
        assertTrue(run.message(), Integer.parseInt(m.group(1)) >= 1);
        assertEquals(run.message(), m.group(1), m.group(2));
    }
}
