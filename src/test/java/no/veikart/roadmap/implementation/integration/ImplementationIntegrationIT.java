package no.veikart.roadmap.implementation.integration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.veikart.roadmap.gain.reminder.FollowUpReminderScheduler;
import no.veikart.roadmap.sandbox.mail.SandboxMailQueue;
import no.veikart.roadmap.sandbox.scheduler.SandboxSchedulerService;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import no.veikart.roadmap.testsupport.SandboxRestIT;
import org.junit.Test;

/**
 * The admin's thresholds and the daily reminders end to end in the sandbox: the admin page's form stores the
 * thresholds (400 naming the field when wrong), the plan's warnings follow them, and the daily job mails the
 * initiative's owner (here its reporter) once about monitoring and follow-up training due, however often it runs.
 */
public class ImplementationIntegrationIT extends SandboxRestIT {
    private static final String ADMIN_PAGE = "/plugins/servlet/roadmap/admin";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    /** The admin saves the implementation settings form with the page's XSRF token and cookie. */
    private static HttpResponse<String> saveSettings(Map<String, String> values) throws Exception {
        HttpResponse<String> page = HTTP.send(request(ADMIN_PAGE, "admin").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("roadmap-settings-implementation-form"));
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("atlassian.xsrf.token="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
        Matcher token = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(token.find());
        StringBuilder form = new StringBuilder("action=settings&group=implementation&atl_token="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        values.forEach((k, v) -> form.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HTTP.send(request(ADMIN_PAGE, "admin").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String unit(String name, LocalDate wentLive) {
        return "{\"name\":\"" + name + "\",\"staff\":10,\"shifts\":[\"DAY\"],\"testUnit\":true,\"status\":\"LIVE\","
                + "\"wentLive\":\"" + wentLive + "\"}";
    }

    private static List<String> codes(JsonNode plan, String unit) {
        List<String> codes = new ArrayList<>();
        long id = -1;
        for (JsonNode u : plan.get("units")) {
            if (u.get("name").asText().equals(unit)) {
                id = u.get("id").asLong();
            }
        }
        for (JsonNode w : plan.get("warnings")) {
            if (w.get("unitId").asLong() == id) {
                codes.add(w.get("code").asText());
            }
        }
        return codes;
    }

    @Test
    public void theAdminsThresholdsDriveWarningsAndTheOwnerIsRemindedOncePerDueItem() throws Exception {
        HttpResponse<String> wrong = saveSettings(Map.of("newStaffDays", "400", "trainingTargetPercent", "90",
                "followUpMonths", "1", "monitoringWeeks", "x"));
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body(), wrong.body().contains("newStaffDays: Days until new staff must be trained must be between 1 and 365."));
        assertTrue(wrong.body(), wrong.body().contains("monitoringWeeks: Weeks after go-live until monitoring"));

        String key = create("Digital tilsyn");
        String base = "/initiatives/" + key + "/implementation";
        assertEquals(201, member.post(base + "/units", unit("Distrikt Nord", TODAY.minusDays(50))).status());
        Reply plan = member.post(base + "/units", unit("Distrikt Syd", TODAY.minusDays(10)));
        assertEquals(201, plan.status());
        List<String> before = codes(plan.body(), "Distrikt Nord");
        assertTrue(before.toString(), before.contains("MONITORING_OVERDUE"));
        assertFalse("by default follow-up training is due three months after go-live", before.contains("NO_FOLLOW_UP"));

        assertEquals(200, saveSettings(Map.of("newStaffDays", "30", "trainingTargetPercent", "90", "followUpMonths", "1",
                "monitoringWeeks", "4")).statusCode());
        JsonNode after = member.get(base).body();
        assertTrue(codes(after, "Distrikt Nord").containsAll(List.of("NO_FOLLOW_UP", "MONITORING_OVERDUE")));
        List<String> syd = codes(after, "Distrikt Syd");
        assertFalse(syd.toString(), syd.contains("NO_FOLLOW_UP") || syd.contains("MONITORING_OVERDUE"));

        String jobId = FollowUpReminderScheduler.JOB_ID.toString();
        SandboxSchedulerService.Run first = sandbox.runJob(jobId);
        SandboxSchedulerService.Run second = sandbox.runJob(jobId);

        SandboxMailQueue outbox = sandbox.component(SandboxMailQueue.class);
        // The status reports the new initiative owes are mailed by the same job; only the implementation's count here.
        List<SandboxMailQueue.SentMail> mails = outbox.sentTo("member@example.org").stream()
                .filter(m -> m.subject().startsWith("Implementation plan")).toList();
        assertEquals("one mail, not one per run: " + outbox.sent(), 1, mails.size());
        SandboxMailQueue.SentMail mail = mails.get(0);
        assertTrue(mail.subject(), mail.subject().contains("Implementation plan: 2 items are due"));
        assertTrue(mail.body(), mail.body().contains(key + " Digital tilsyn"));
        assertTrue(mail.body(), mail.body().contains("Distrikt Nord"));
        assertTrue(mail.body(), mail.body().contains("Monitoring overdue: it was due"));
        assertTrue(mail.body(), mail.body().contains("Follow-up training overdue: it was due"));
        assertFalse("Syd went live 10 days ago: nothing due yet", mail.body().contains("Distrikt Syd"));
        // The job also mails the status reports the initiatives owe: its counts cover both, the second run sends nothing.
        assertTrue(first.message(), first.message().contains(" 0 failed"));
        assertTrue(second.message(), second.message().contains(" 0 sent in 0 mail(s)"));
        assertEquals(outbox.sent().stream().map(SandboxMailQueue.SentMail::subject).collect(Collectors.joining("|")),
                1, outbox.sent().stream().filter(m -> m.subject().startsWith("Implementation plan")).count());
    }

    @Test
    public void trainingSessionsReplaceHoursTimesEmployeesInTheTrainingCostAndTheNpv() throws Exception {
        String key = create("Skjermbesøk");
        String k = "/initiatives/" + key;
        Reply saved = member.put(k + "/economics", "{\"hourlyRate\":500,\"currency\":\"NOK\",\"horizonYears\":5,"
                + "\"investment\":100000,\"yearlyRunningCost\":0,\"trainingHoursPerEmployee\":10,\"employees\":20}");
        assertEquals(saved.body().toString(), 201, saved.status());
        assertFalse(saved.body().get("trainingFromSessions").asBoolean());
        assertEquals(0, new java.math.BigDecimal("100000").compareTo(saved.body().get("trainingCost").decimalValue()));
        JsonNode before = member.get(k + "/gains").body().get("totals").get("appraisal");
        assertEquals(0, new java.math.BigDecimal("200000").compareTo(before.get("initialCost").decimalValue()));

        long unit = member.post(k + "/implementation/units", unit("Sone 1", TODAY.minusDays(5))).body().get("units").get(0)
                .get("id").asLong();
        String trainings = k + "/implementation/units/" + unit + "/trainings";
        assertEquals(201, member.post(trainings, "{\"date\":\"" + TODAY.minusDays(20) + "\",\"kind\":\"INITIAL\",\"trained\":17,"
                + "\"hours\":3.5}").status());
        assertEquals(201, member.post(trainings, "{\"date\":\"" + TODAY.minusDays(10) + "\",\"kind\":\"FOLLOW_UP\",\"trained\":4,"
                + "\"hours\":2}").status());
        assertEquals(201, member.post(trainings, "{\"date\":\"" + TODAY.minusDays(9) + "\",\"kind\":\"ASSESSORS\",\"trained\":3}")
                .status());

        JsonNode economics = member.get(k + "/economics").body();
        assertTrue(economics.toString(), economics.get("trainingFromSessions").asBoolean());
        assertEquals("17 × 3.5 + 4 × 2 person-hours; the session without hours adds none", 0,
                new java.math.BigDecimal("67.5").compareTo(economics.get("trainingHours").decimalValue()));
        assertEquals(0, new java.math.BigDecimal("33750").compareTo(economics.get("trainingCost").decimalValue()));
        JsonNode after = member.get(k + "/gains").body().get("totals").get("appraisal");
        assertEquals(0, new java.math.BigDecimal("133750").compareTo(after.get("initialCost").decimalValue()));
        assertEquals("no gains: the NPV is minus the year-0 cost", 0,
                new java.math.BigDecimal("-133750").compareTo(after.get("npvPlanned").decimalValue()));
    }
}
