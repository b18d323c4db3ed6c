package no.veikart.roadmap.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.Test;

/**
 * Crash safety: the sandbox runs as a separate JVM ({@link SandboxProcess}) on one home; clients send a burst of
 * creations and edits (initiatives with their phase and step issues, stakeholders, their edits and contact log,
 * gains and measurements, communication-plan entries, their edits and logging into the contact log, HUKI matrix saves,
 * risks with their measures, risk edits, added measures and handover saves; implementation units with their
 * super-users, training sessions and new-staff records; an initiative's organisational unit, DEMO's reporting cadence
 * through the admin form and leader access)
 * over REST and forms, and the JVM is killed with SIGKILL in the middle of it (no shutdown hook, no
 * H2 shutdown, no Jira state flush). After a restart on the same home, every write a client saw acknowledged (2xx)
 * is there, and the data is consistent: every row's parent exists (a logged communication's contact too), no initiative
 * lacks phases or steps, every row version (matrix versions included) has its claim, every issue the plugin refers to exists in Jira, and the Jira state file parses.
 */
public class CrashSafetyIT {
    private static final int RUNS = 3;
    private static final int WORKERS = 6;
    private static final String T = "AO_CEC056_";
    private static final int PHASES = 6;
    private static final int STEPS = 29;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Ledger ledger = new Ledger();
    /** The running sandbox, for the admin's writes (pages and leader access). */
    private volatile String baseUrl;
    private final Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));

    @Test
    public void killedMidBurstAndRestartedLosesNothingAndLeavesNoOrphans() throws Exception {
        Path target = Files.createDirectories(Paths.get("target", "crash-safety"));
        Path home = Files.createTempDirectory(target.toAbsolutePath(), "home");
        Totals totals = new Totals();
        try (Child first = Child.start(home, 0)) {
            RestClient admin = new RestClient(first.baseUrl(), "admin", "admin");
            assertEquals(200, admin.post("/projects/DEMO/setup", "{}").status());
            baseUrl = first.baseUrl();
            for (String department : List.of("Hjemmetjenesten", "Sykehjem")) {
                assertEquals(200, adminForm("action=units&sector=Helse&department=" + department).statusCode());
            }
            first.stop();
        }
        for (int run = 1; run <= RUNS; run++) {
            Child child = Child.start(home, run);
            baseUrl = child.baseUrl();
            seedInitiatives(new RestClient(child.baseUrl(), "member", "member"));
            long sentBefore = totals.sent.get();
            long killAfterMs = 3000 + random.nextInt(4000);
            burst(child, killAfterMs, totals);
            int exit = child.kill();
            // 128 + 9: the JVM died of SIGKILL (Process.destroyForcibly on Linux), so nothing of it ran after the signal.
            assertEquals("exit status of the killed sandbox", 137, exit);
            System.out.println("crash-safety: run " + run + " killed after " + killAfterMs + " ms, " + (totals.sent.get() - sentBefore)
                    + " requests sent, " + ledger.size() + " acknowledged so far");

            try (Child restarted = Child.start(home, run * 100)) {
                baseUrl = restarted.baseUrl();
                verifyAcknowledged(new RestClient(restarted.baseUrl(), "member", "member"), totals);
                restarted.stop();
            }
            checkConsistency(home, totals);
        }
        System.out.println("crash-safety: runs=" + RUNS + " acknowledged=" + ledger.size() + " found=" + totals.found
                + " orphans=" + totals.orphans + " halfWritten=" + totals.halfWritten + " danglingIssues=" + totals.danglingIssues
                + " unjournaledIssues=" + totals.orphanIssues + " (of " + totals.interrupted + " creations cut off; requests sent "
                + totals.sent + ")");
        assertEquals("acknowledged writes missing after restart: " + totals.missing, ledger.size(), totals.found);
        assertEquals(0, totals.orphans);
        assertEquals(0, totals.halfWritten);
        assertEquals(0, totals.danglingIssues);
    }

    // ------------------------------------------------------------------------------------------ the write burst

    /**
     * Issue 19's versioned single records: an initiative's unit (member, REST), DEMO's reporting cadence (admin, the
     * reporting admin form) and leader access (admin, REST). Each acknowledged save is kept by record, highest version.
     */
    private void reportingWrites(RestClient member, Random r, String initiative) throws IOException, InterruptedException {
        int which = r.nextInt(3);
        if (which == 0) {
            String path = "/initiatives/" + initiative + "/unit";
            Reply current = member.get(path);
            if (current.status() != 200) {
                return;
            }
            List<String> choices = new ArrayList<>(List.of("null"));
            current.body().get("units").forEach(u -> choices.add(u.get("id").asText()));
            Reply saved = member.put(path, "{\"unitId\":" + choices.get(r.nextInt(choices.size())) + ",\"version\":"
                    + current.body().get("version").asLong() + "}");
            if (saved.status() == 200) {
                ledger.versioned(new VersionAck(path, saved.body().get("version").asLong(), saved.body().path("unitId").asText()));
            }
        } else if (which == 1) {
            RestClient admin = new RestClient(baseUrl, "admin", "admin");
            Reply current = admin.get("/leader-access");
            if (current.status() != 200) {
                return;
            }
            Reply saved = admin.put("/leader-access", "{\"groups\":[\"jira-administrators\"],\"projects\":[\"DEMO\",\"P"
                    + r.nextInt(1_000_000) + "\"],\"version\":" + current.body().get("version").asLong() + "}");
            if (saved.status() == 200) {
                ledger.versioned(new VersionAck("/leader-access", saved.body().get("version").asLong(),
                        saved.body().get("projects").toString()));
            }
        } else {
            long[] current = cadenceOfDemo(adminPage());
            if (current == null) {
                return;
            }
            int day = 1 + r.nextInt(23);
            java.net.http.HttpResponse<String> saved = adminForm("action=cadence&projectKey=DEMO&version=" + current[0]
                    + "&dueWorkingDay=" + day);
            long[] after = saved.statusCode() == 200 ? cadenceOfDemo(saved.body()) : null;
            if (after != null) {
                ledger.versioned(new VersionAck("cadence DEMO", after[0], String.valueOf(after[1])));
            }
        }
    }

    private static final java.util.regex.Pattern DEMO_CADENCE = java.util.regex.Pattern.compile(
            "name=\"projectKey\" value=\"DEMO\"/>\\s*<input type=\"hidden\" name=\"version\" value=\"(\\d+)\"/>\\s*"
                    + "<input[^>]*name=\"dueWorkingDay\" value=\"(\\d+)\"");

    /** DEMO's cadence on the reporting admin page: {version, due working day}; null when the page does not show it. */
    private static long[] cadenceOfDemo(String html) {
        java.util.regex.Matcher m = DEMO_CADENCE.matcher(html == null ? "" : html);
        return m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : null;
    }

    private String adminPage() throws IOException, InterruptedException {
        return adminRequest("GET", null).body();
    }

    /** Posts the reporting admin form as admin, with a matching XSRF cookie and token as the browser sends them. */
    private java.net.http.HttpResponse<String> adminForm(String fields) throws IOException, InterruptedException {
        return adminRequest("POST", "atl_token=crash" + Long.toHexString(random.nextLong()) + "&" + fields);
    }

    private java.net.http.HttpResponse<String> adminRequest(String method, String body) throws IOException, InterruptedException {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(baseUrl + "/plugins/servlet/roadmap/reporting-admin"))
                .timeout(java.time.Duration.ofSeconds(60))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            b.GET();
        } else {
            String token = body.substring("atl_token=".length(), body.indexOf('&'));
            b.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "atlassian.xsrf.token=" + token)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        }
        return java.net.http.HttpClient.newHttpClient().send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** Two initiatives before the burst, so that it has something to add stakeholders and gains to. */
    private void seedInitiatives(RestClient member) throws Exception {
        for (int i = 0; i < 2; i++) {
            long started = System.nanoTime();
            Reply created = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Seed\"}");
            assertEquals(created.body().toString(), 201, created.status());
            ledger.initiatives.add(created.body().get("key").asText());
            System.out.println("crash-safety: seed initiative " + created.body().get("key").asText() + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }

    private void burst(Child child, long killAfterMs, Totals totals) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        for (int w = 0; w < WORKERS; w++) {
            long seed = random.nextLong();
            pool.submit(() -> {
                RestClient member = new RestClient(child.baseUrl(), "member", "member");
                Random r = new Random(seed);
                while (running.get()) {
                    totals.sent.incrementAndGet();
                    try {
                        step(member, r);
                    } catch (IOException e) {
                        // The server died under this request: not acknowledged, so it may or may not be stored.
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                }
                return null;
            });
        }
        Thread.sleep(killAfterMs);
        running.set(false);
        child.killNow();
        pool.shutdown();
        assertTrue("burst clients stop", pool.awaitTermination(2, TimeUnit.MINUTES));
    }

    /** One random write; acknowledged ones go into the ledger. */
    private void step(RestClient member, Random r) throws IOException, InterruptedException {
        int dice = r.nextInt(100);
        String initiative = ledger.anyInitiative(r);
        if (initiative == null || dice < 5) {
            Reply created;
            try {
                created = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Burst " + r.nextInt(1_000_000) + "\"}");
            } catch (IOException e) {
                ledger.interruptedCreations.incrementAndGet();
                throw e;
            }
            if (created.status() == 201) {
                ledger.initiatives.add(created.body().get("key").asText());
            }
            return;
        }
        if (r.nextInt(6) == 0) {
            riskWrites(member, r, initiative);
            return;
        }
        if (r.nextInt(12) == 0) {
            reportingWrites(member, r, initiative);
            return;
        }
        String stakeholders = "/initiatives/" + initiative + "/stakeholders";
        String gains = "/initiatives/" + initiative + "/gains";
        if (dice >= 70) {
            communicationsAndRoles(member, r, initiative, dice);
            return;
        }
        if (dice < 25) {
            Reply created = member.post(stakeholders, "{\"name\":\"Person " + r.nextInt(1_000_000) + "\",\"group\":\"Staff\","
                    + "\"level\":\"STAFF\",\"attitude\":0,\"desiredAttitude\":1,\"influence\":2,\"interest\":3,\"involvement\":\"INFORM\"}");
            if (created.status() == 201) {
                ledger.stakeholder(new StakeholderAck(initiative, created.body().get("id").asLong(), 0, null));
            }
        } else if (dice < 38) {
            StakeholderAck target = ledger.anyStakeholder(r);
            if (target == null) {
                return;
            }
            String one = "/initiatives/" + target.initiative() + "/stakeholders/" + target.id();
            Reply current = member.get(one);
            if (current.status() != 200) {
                return;
            }
            String notes = "edit " + r.nextInt(1_000_000);
            Reply updated = member.put(one, "{\"name\":\"" + current.body().get("name").asText() + "\",\"group\":\"Staff\","
                    + "\"level\":\"STAFF\",\"attitude\":1,\"desiredAttitude\":1,\"influence\":2,\"interest\":3,\"involvement\":\"CONSULT\","
                    + "\"notes\":\"" + notes + "\",\"version\":" + current.body().get("version").asLong() + "}");
            if (updated.status() == 200) {
                ledger.stakeholder(new StakeholderAck(target.initiative(), target.id(), updated.body().get("version").asLong(), notes));
            }
        } else if (dice < 48) {
            StakeholderAck target = ledger.anyStakeholder(r);
            if (target == null) {
                return;
            }
            Reply logged = member.post("/initiatives/" + target.initiative() + "/stakeholders/" + target.id() + "/contacts",
                    "{\"date\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(2) + "\",\"agreed\":\"Meeting " + r.nextInt(1_000_000) + "\"}");
            if (logged.status() == 201) {
                ledger.contacts.add(new ChildAck(target.initiative(), target.id(), logged.body().get("contact").get("id").asLong()));
            }
        } else if (dice < 60) {
            Reply created = member.post(gains, "{\"type\":\"TIME\",\"title\":\"Gain " + r.nextInt(1_000_000) + "\",\"unit\":\"HOURS\","
                    + "\"baseline\":{\"value\":15000,\"date\":\"2021-01-01\"},\"target\":{\"value\":13650,\"date\":\"2021-12-31\"},"
                    + "\"frequency\":\"MONTHLY\"}");
            if (created.status() == 201) {
                ledger.gains.add(new ChildAck(initiative, 0, created.body().get("id").asLong()));
            }
        } else if (dice < 65) {
            implementation(member, r, initiative);
        } else if (dice < 68) {
            pilot(member, r, initiative);
        } else if (dice >= 93) {
            // A status report for a random month (a month already taken is a 400, not a write).
            Reply created = member.post("/initiatives/" + initiative + "/status-reports", "{\"period\":\""
                    + java.time.YearMonth.of(2001, 1).plusMonths(r.nextInt(1200)) + "\",\"comment\":\"Burst\"}");
            if (created.status() == 201) {
                ledger.reports.add(new ChildAck(initiative, 0, created.body().get("id").asLong()));
            }
        } else {
            ChildAck gain = ledger.gains.isEmpty() ? null : ledger.gains.get(r.nextInt(ledger.gains.size()));
            if (gain == null) {
                return;
            }
            Reply added = member.post("/initiatives/" + gain.initiative() + "/gains/" + gain.id() + "/measurements",
                    "{\"value\":" + (14000 - r.nextInt(500)) + ",\"date\":\"2021-0" + (1 + r.nextInt(9)) + "-15\",\"comment\":\"m\"}");
            if (added.status() == 201) {
                ledger.measurements.add(new ChildAck(gain.initiative(), gain.id(), added.body().get("measurement").get("id").asLong()));
            }
        }
    }

    /**
     * Pilot writes on the current round: the plan (PUT), the evaluation (PUT; both carry the round's version) and a log
     * entry (POST). An initiative before Service development is moved there first (the pilot has no round before).
     */
    private void pilot(RestClient member, Random r, String initiative) throws IOException, InterruptedException {
        String base = "/initiatives/" + initiative + "/pilots";
        Reply rounds = member.get(base);
        if (rounds.status() != 200) {
            return;
        }
        if (rounds.body().isEmpty()) {
            member.post("/initiatives/" + initiative + "/phase", "{\"to\":\"SERVICE_DEVELOPMENT\",\"overrideReason\":\"burst\"}");
            return;
        }
        JsonNode current = null;
        for (JsonNode round : rounds.body()) {
            current = round.get("current").asBoolean() ? round : current;
        }
        if (current == null) {
            return;
        }
        int round = current.get("round").asInt();
        long version = current.get("version").asLong();
        String text = "Pilot " + r.nextInt(1_000_000);
        int kind = r.nextInt(3);
        if (kind == 2) {
            Reply logged = member.post(base + "/" + round + "/observations", "{\"date\":\"2021-02-01\",\"dimension\":\"PEOPLE\","
                    + "\"text\":\"" + text + "\"}");
            if (logged.status() == 201) {
                ledger.observations.add(new ChildAck(initiative, round, logged.body().get("id").asLong()));
            }
            return;
        }
        String body = kind == 0 ? "{\"goals\":\"" + text + "\",\"version\":" + version + "}"
                : "{\"people\":{\"rating\":4},\"organisation\":{\"rating\":3},\"technology\":{\"rating\":5},"
                        + "\"gains\":{\"rating\":2},\"recommendation\":\"FURTHER_TESTS\",\"reasons\":\"" + text
                        + "\",\"version\":" + version + "}";
        Reply saved = member.put(base + "/" + round + (kind == 0 ? "/plan" : "/evaluation"), body);
        if (saved.status() == 200) {
            ledger.pilot(new PilotAck(initiative, round, saved.body().get("version").asLong(), kind == 0 ? "goals" : "reasons", text));
        }
    }

    /** The text an acknowledged pilot save wrote, read back from a listed round. */
    private static String pilotText(JsonNode round, String field) {
        return "goals".equals(field) ? round.get("plan").path("goals").asText()
                : round.path("evaluation").path("reasons").asText();
    }

    /** Implementation plans: a new unit, or a super-user, training session or new-staff record on a known unit. */
    private void implementation(RestClient member, Random r, String initiative) throws IOException, InterruptedException {
        ImplAck unit = ledger.anyUnit(r);
        if (unit == null || r.nextInt(4) == 0) {
            String name = "Unit " + r.nextInt(1_000_000);
            Reply created = member.post("/initiatives/" + initiative + "/implementation/units", "{\"name\":\"" + name
                    + "\",\"staff\":20,\"shifts\":[\"DAY\",\"NIGHT\"],\"status\":\"TRAINING\"}");
            if (created.status() == 201) {
                for (JsonNode u : created.body().get("units")) {
                    if (u.get("name").asText().equals(name)) {
                        ledger.implementation(new ImplAck(initiative, u.get("id").asLong(), "unit", name));
                    }
                }
            }
            return;
        }
        String path = "/initiatives/" + unit.initiative() + "/implementation/units/" + unit.unitId();
        int n = r.nextInt(1_000_000);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(r.nextInt(300));
        int kind = r.nextInt(3);
        String rows = kind == 0 ? "superUsers" : kind == 1 ? "trainings" : "newStaff";
        String marker = kind == 0 ? "SU " + n : kind == 1 ? "Trainer " + n : day + ":" + (1 + n % 40);
        Reply added = member.post(path + (kind == 0 ? "/super-users" : kind == 1 ? "/trainings" : "/new-staff"), kind == 0
                ? "{\"name\":\"" + marker + "\",\"shift\":\"NIGHT\",\"from\":\"" + day + "\"}"
                : kind == 1 ? "{\"date\":\"" + day + "\",\"kind\":\"INITIAL\",\"trained\":3,\"trainer\":\"" + marker
                        + "\",\"hours\":1.5}"
                : "{\"date\":\"" + day + "\",\"count\":" + (1 + n % 40) + "}");
        if (added.status() == 201) {
            ledger.implementation(new ImplAck(unit.initiative(), unit.unitId(), rows, marker));
        }
    }

    /** Communication entries (new, edited, logged into the contact log) and HUKI matrix saves. */
    private void communicationsAndRoles(RestClient member, Random r, String initiative, int dice) throws IOException, InterruptedException {
        if (dice < 78) {
            StakeholderAck to = ledger.anyStakeholder(r);
            String message = "Message " + r.nextInt(1_000_000);
            String audience = to == null || r.nextBoolean() ? "\"audienceLevel\":\"STAFF\"" : "\"stakeholderId\":" + to.id();
            String on = to == null || audience.contains("audienceLevel") ? initiative : to.initiative();
            Reply created = member.post("/initiatives/" + on + "/communications", "{" + audience + ",\"message\":\"" + message
                    + "\",\"channel\":\"MEETING\",\"date\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\",\"status\":\"DONE\"}");
            if (created.status() == 201) {
                ledger.communication(new CommunicationAck(on, created.body().get("id").asLong(), 0, message, null));
            }
        } else if (dice < 86) {
            CommunicationAck target = ledger.anyCommunication(r);
            if (target == null) {
                return;
            }
            JsonNode current = entry(member, target);
            if (current == null) {
                return;
            }
            String message = "Edited " + r.nextInt(1_000_000);
            ObjectNodeBody body = new ObjectNodeBody(current).message(message);
            Reply updated = member.put("/initiatives/" + target.initiative() + "/communications/" + target.id(), body.json());
            if (updated.status() == 200) {
                ledger.communication(new CommunicationAck(target.initiative(), target.id(), updated.body().get("version").asLong(), message,
                        null));
            }
        } else if (dice < 92) {
            CommunicationAck target = ledger.anyCommunication(r);
            if (target == null) {
                return;
            }
            JsonNode current = entry(member, target);
            if (current == null || !current.get("canLog").asBoolean()) {
                return;
            }
            Reply logged = member.post("/initiatives/" + target.initiative() + "/communications/" + target.id() + "/contact-log",
                    "{\"version\":" + current.get("version").asLong() + "}");
            if (logged.status() == 201) {
                JsonNode c = logged.body().get("communication");
                ledger.communication(new CommunicationAck(target.initiative(), target.id(), c.get("version").asLong(),
                        c.get("message").asText(), logged.body().get("contactId").asLong()));
                ledger.contacts.add(new ChildAck(target.initiative(), logged.body().get("stakeholderId").asLong(),
                        logged.body().get("contactId").asLong()));
            }
        } else {
            String path = "/initiatives/" + initiative + "/roles";
            Reply current = member.get(path);
            if (current.status() != 200) {
                return;
            }
            StringBuilder procedures = new StringBuilder();
            List<String> names = new ArrayList<>();
            for (JsonNode p : current.body().get("procedures")) {
                procedures.append("{\"id\":").append(p.get("id").asLong()).append(",\"name\":\"").append(p.get("name").asText()).append("\"},");
                names.add(p.get("name").asText());
            }
            String name = "Procedure " + r.nextInt(1_000_000);
            names.add(name);
            Reply saved = member.put(path, "{\"version\":" + current.body().get("version").asLong() + ",\"procedures\":[" + procedures
                    + "{\"id\":-1,\"name\":\"" + name + "\"}],\"actors\":[{\"id\":-2,\"name\":\"Terapeut\",\"kind\":\"ROLE\"}],"
                    + "\"cells\":[{\"procedureId\":-1,\"actorId\":-2,\"role\":\"PRINCIPAL\"}]}");
            if (saved.status() == 200) {
                ledger.roles(new RolesAck(initiative, saved.body().get("version").asLong(), names));
            }
        }
    }

    /** Issue 15: a new risk with a measure, a risk edit, an added measure, or a handover save. */
    private void riskWrites(RestClient member, Random r, String initiative) throws IOException, InterruptedException {
        int dice = r.nextInt(100);
        RiskAck target = ledger.anyRisk(r);
        if (dice < 40 || target == null) {
            Reply created = member.post("/initiatives/" + initiative + "/risks", "{\"title\":\"Risk " + r.nextInt(1_000_000)
                    + "\",\"category\":\"SUPPLIER\",\"likelihood\":" + (1 + r.nextInt(5)) + ",\"consequence\":" + (1 + r.nextInt(5))
                    + ",\"measures\":[{\"text\":\"Exit clause\"}]}");
            if (created.status() == 201) {
                JsonNode risk = created.body();
                ledger.risk(new RiskAck(initiative, risk.get("id").asLong(), 0, null));
                ledger.riskMeasures.add(new ChildAck(initiative, risk.get("id").asLong(),
                        risk.get("measures").get(0).get("id").asLong()));
            }
        } else if (dice < 65) {
            String one = "/initiatives/" + target.initiative() + "/risks/" + target.id();
            Reply current = member.get(one);
            if (current.status() != 200) {
                return;
            }
            String contingency = "Fallback " + r.nextInt(1_000_000);
            Reply updated = member.put(one, "{\"title\":\"" + current.body().get("title").asText() + "\",\"category\":\"SUPPLIER\","
                    + "\"likelihood\":3,\"consequence\":3,\"contingency\":\"" + contingency + "\",\"version\":"
                    + current.body().get("version").asLong() + "}");
            if (updated.status() == 200) {
                ledger.risk(new RiskAck(target.initiative(), target.id(), updated.body().get("version").asLong(), contingency));
            }
        } else if (dice < 85) {
            Reply added = member.post("/initiatives/" + target.initiative() + "/risks/" + target.id() + "/measures",
                    "{\"text\":\"Measure " + r.nextInt(1_000_000) + "\",\"status\":\"IN_PROGRESS\"}");
            if (added.status() == 201) {
                JsonNode measures = added.body().get("measures");
                ledger.riskMeasures.add(new ChildAck(target.initiative(), target.id(), measures.get(measures.size() - 1).get("id").asLong()));
            }
        } else {
            String path = "/initiatives/" + initiative + "/handover";
            Reply current = member.get(path);
            if (current.status() != 200) {
                return;
            }
            String participants = "Operations " + r.nextInt(1_000_000);
            Reply saved = member.put(path, "{\"participants\":\"" + participants + "\",\"outcome\":\"PENDING\","
                    + "\"gainPlanReviewed\":false,\"riskAnalysisReviewed\":true,\"version\":" + current.body().get("version").asLong() + "}");
            if (saved.status() == 200) {
                ledger.handover(new HandoverAck(initiative, saved.body().get("version").asLong(), participants));
            }
        }
    }

    /** The entry as the plan lists it, or null. */
    private static JsonNode entry(RestClient member, CommunicationAck ack) throws IOException, InterruptedException {
        Reply plan = member.get("/initiatives/" + ack.initiative() + "/communications");
        if (plan.status() == 200) {
            for (JsonNode c : plan.body().get("communications")) {
                if (c.get("id").asLong() == ack.id()) {
                    return c;
                }
            }
        }
        return null;
    }

    /** An update body from a listed entry with a new message. */
    private static final class ObjectNodeBody {
        private final com.fasterxml.jackson.databind.node.ObjectNode node = JSON.createObjectNode();

        ObjectNodeBody(JsonNode entry) {
            for (String field : List.of("audienceLevel", "stakeholderId", "channel", "date", "responsible", "status", "version")) {
                node.set(field, entry.get(field));
            }
        }

        ObjectNodeBody message(String message) {
            node.put("message", message);
            return this;
        }

        String json() {
            return node.toString();
        }
    }

    // ------------------------------------------------------------------------------------------ checks

    private void verifyAcknowledged(RestClient member, Totals totals) throws Exception {
        int found = 0;
        List<String> missing = new ArrayList<>();
        for (String key : ledger.initiatives) {
            Reply r = member.get("/initiatives/" + key);
            int steps = 0;
            if (r.status() == 200) {
                for (JsonNode phase : r.body().get("phases")) {
                    steps += phase.get("steps").size();
                }
            }
            if (r.status() == 200 && r.body().get("phases").size() == PHASES && steps == STEPS) {
                found++;
            } else {
                missing.add("initiative " + key + ": " + r.status());
            }
        }
        for (StakeholderAck ack : ledger.stakeholders.values()) {
            Reply r = member.get("/initiatives/" + ack.initiative() + "/stakeholders/" + ack.id());
            long stored = r.status() == 200 ? r.body().get("version").asLong() : -1;
            // A later, unacknowledged edit may have been stored too; the acknowledged one must not be missing.
            boolean ok = stored > ack.version() || stored == ack.version()
                    && (ack.notes() == null || ack.notes().equals(r.body().path("notes").asText()));
            if (ok) {
                found++;
            } else {
                missing.add("stakeholder " + ack + ": " + r.status() + " " + r.body());
            }
        }
        Map<String, Set<Long>> contactIds = new LinkedHashMap<>();
        for (ChildAck ack : ledger.contacts) {
            Set<Long> ids = contactIds.computeIfAbsent(ack.initiative() + "/" + ack.parentId(), k -> ids(member,
                    "/initiatives/" + ack.initiative() + "/stakeholders/" + ack.parentId() + "/contacts", null));
            if (ids.contains(ack.id())) {
                found++;
            } else {
                missing.add("contact " + ack);
            }
        }
        Map<String, Set<Long>> reportIds = new LinkedHashMap<>();
        for (ChildAck ack : ledger.reports) {
            Set<Long> ids = reportIds.computeIfAbsent(ack.initiative(), k -> ids(member, "/initiatives/" + k + "/status-reports",
                    "reports"));
            if (ids.contains(ack.id())) {
                found++;
            } else {
                missing.add("status report " + ack);
            }
        }
        Map<String, JsonNode> gainViews = new LinkedHashMap<>();
        for (ChildAck ack : ledger.gains) {
            if (gain(member, gainViews, ack.initiative(), ack.id()) != null) {
                found++;
            } else {
                missing.add("gain " + ack);
            }
        }
        for (ChildAck ack : ledger.measurements) {
            JsonNode gain = gain(member, gainViews, ack.initiative(), ack.parentId());
            Set<Long> ids = new HashSet<>();
            if (gain != null) {
                gain.get("measurements").forEach(m -> ids.add(m.get("id").asLong()));
            }
            if (ids.contains(ack.id())) {
                found++;
            } else {
                missing.add("measurement " + ack);
            }
        }
        Map<String, JsonNode> plans = new LinkedHashMap<>();
        for (CommunicationAck ack : ledger.communications.values()) {
            JsonNode stored = plans.computeIfAbsent(ack.initiative(), k -> json(member, "/initiatives/" + k + "/communications"));
            JsonNode entry = null;
            for (JsonNode c : stored == null ? JSON.createArrayNode() : stored.get("communications")) {
                entry = c.get("id").asLong() == ack.id() ? c : entry;
            }
            long version = entry == null ? -1 : entry.get("version").asLong();
            boolean ok = version > ack.version() || version == ack.version() && ack.message().equals(entry.get("message").asText())
                    && (ack.contactId() == null || ack.contactId() == entry.path("contactLogId").asLong());
            if (ok) {
                found++;
            } else {
                missing.add("communication " + ack + ": " + entry);
            }
        }
        for (VersionAck ack : ledger.versioned.values()) {
            long version;
            String value;
            if (ack.record().startsWith("cadence")) {
                long[] stored = cadenceOfDemo(adminPage());
                version = stored == null ? -1 : stored[0];
                value = stored == null ? null : String.valueOf(stored[1]);
            } else {
                RestClient reader = ack.record().equals("/leader-access") ? new RestClient(baseUrl, "admin", "admin") : member;
                Reply stored = reader.get(ack.record());
                version = stored.status() == 200 ? stored.body().get("version").asLong() : -1;
                value = stored.status() != 200 ? null : ack.record().equals("/leader-access") ? stored.body().get("projects").toString()
                        : stored.body().path("unitId").asText();
            }
            // A later, unacknowledged save may have been stored too; the acknowledged one must not be missing.
            if (version > ack.version() || version == ack.version() && ack.value().equals(value)) {
                found++;
            } else {
                missing.add("versioned " + ack + ": stored version " + version + " " + value);
            }
        }
        for (RolesAck ack : ledger.roles.values()) {
            JsonNode stored = json(member, "/initiatives/" + ack.initiative() + "/roles");
            long version = stored == null ? -1 : stored.get("version").asLong();
            List<String> names = new ArrayList<>();
            if (stored != null) {
                stored.get("procedures").forEach(p -> names.add(p.get("name").asText()));
            }
            if (version > ack.version() || version == ack.version() && names.equals(ack.procedures())) {
                found++;
            } else {
                missing.add("roles " + ack + ": " + version + " " + names);
            }
        }
        found += verifyRisks(member, missing);
        Map<String, JsonNode> implementation = new LinkedHashMap<>();
        for (ImplAck ack : ledger.implementation) {
            JsonNode plan = implementation.computeIfAbsent(ack.initiative(), k -> json(member, "/initiatives/" + k + "/implementation"));
            JsonNode unit = null;
            for (JsonNode u : plan == null ? JSON.createArrayNode() : plan.get("units")) {
                unit = u.get("id").asLong() == ack.unitId() ? u : unit;
            }
            if (unit != null && ack.matches(unit)) {
                found++;
            } else {
                missing.add("implementation " + ack + ": " + unit);
            }
        }
        Map<String, JsonNode> pilots = new LinkedHashMap<>();
        for (PilotAck ack : ledger.pilots.values()) {
            JsonNode round = pilotRound(member, pilots, ack.initiative(), ack.round());
            long version = round == null ? -1 : round.get("version").asLong();
            if (version > ack.version() || version == ack.version() && ack.text().equals(pilotText(round, ack.field()))) {
                found++;
            } else {
                missing.add("pilot " + ack + ": " + round);
            }
        }
        for (ChildAck ack : ledger.observations) {
            JsonNode round = pilotRound(member, pilots, ack.initiative(), (int) ack.parentId());
            Set<Long> ids = new HashSet<>();
            if (round != null) {
                round.get("observations").forEach(o -> ids.add(o.get("id").asLong()));
            }
            if (ids.contains(ack.id())) {
                found++;
            } else {
                missing.add("pilot observation " + ack);
            }
        }
        totals.found = found;
        totals.missing = missing.stream().limit(20).toList();
        assertEquals("acknowledged writes missing after the restart: " + totals.missing, ledger.size(), found);
    }

    /** Risks at their acknowledged version (or later), their measures, handovers likewise. */
    private int verifyRisks(RestClient member, List<String> missing) {
        int found = 0;
        Map<String, JsonNode> registers = new LinkedHashMap<>();
        for (RiskAck ack : ledger.risks.values()) {
            JsonNode risk = risk(member, registers, ack.initiative(), ack.id());
            long version = risk == null ? -1 : risk.get("version").asLong();
            if (version > ack.version() || version == ack.version()
                    && (ack.contingency() == null || ack.contingency().equals(risk.path("contingency").asText()))) {
                found++;
            } else {
                missing.add("risk " + ack + ": " + risk);
            }
        }
        for (ChildAck ack : ledger.riskMeasures) {
            JsonNode risk = risk(member, registers, ack.initiative(), ack.parentId());
            Set<Long> ids = new HashSet<>();
            if (risk != null) {
                risk.get("measures").forEach(m -> ids.add(m.get("id").asLong()));
            }
            if (ids.contains(ack.id())) {
                found++;
            } else {
                missing.add("risk measure " + ack);
            }
        }
        for (HandoverAck ack : ledger.handovers.values()) {
            JsonNode stored = json(member, "/initiatives/" + ack.initiative() + "/handover");
            long version = stored == null ? -1 : stored.get("version").asLong();
            if (version > ack.version() || version == ack.version() && ack.participants().equals(stored.path("participants").asText())) {
                found++;
            } else {
                missing.add("handover " + ack + ": " + stored);
            }
        }
        return found;
    }

    private static JsonNode risk(RestClient member, Map<String, JsonNode> registers, String initiative, long id) {
        JsonNode register = registers.computeIfAbsent(initiative, k -> json(member, "/initiatives/" + k + "/risks"));
        if (register != null) {
            for (JsonNode risk : register.get("risks")) {
                if (risk.get("id").asLong() == id) {
                    return risk;
                }
            }
        }
        return null;
    }

    private static Set<Long> ids(RestClient client, String path, String field) {
        JsonNode body = json(client, path);
        Set<Long> ids = new HashSet<>();
        if (body != null) {
            (field == null ? body : body.get(field)).forEach(n -> ids.add(n.get("id").asLong()));
        }
        return ids;
    }

    private static JsonNode json(RestClient client, String path) {
        try {
            Reply r = client.get(path);
            return r.status() == 200 ? r.body() : null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode pilotRound(RestClient client, Map<String, JsonNode> cache, String initiative, int round) {
        JsonNode rounds = cache.computeIfAbsent(initiative, k -> json(client, "/initiatives/" + k + "/pilots"));
        JsonNode found = null;
        for (JsonNode r : rounds == null ? JSON.createArrayNode() : rounds) {
            found = r.get("round").asInt() == round ? r : found;
        }
        return found;
    }

    private static JsonNode gain(RestClient client, Map<String, JsonNode> cache, String initiative, long id) throws Exception {
        String path = "/initiatives/" + initiative + "/gains/" + id;
        if (!cache.containsKey(path)) {
            Reply r = client.get(path);
            cache.put(path, r.status() == 200 ? r.body() : null);
        }
        return cache.get(path);
    }

    /** Straight at the files of the stopped sandbox: the AO tables over JDBC and the Jira state file. */
    private void checkConsistency(Path home, Totals totals) throws Exception {
        Map<String, Long> orphans = new LinkedHashMap<>();
        Map<String, Long> halfWritten = new LinkedHashMap<>();
        Set<Long> referenced = new HashSet<>();
        String url = "jdbc:h2:file:" + home.resolve("db").resolve("roadmap") + ";IFEXISTS=TRUE";
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            orphans.put("phase states", count(sql, orphansOf("PHASE_STATE", "INITIATIVE_ID", "INITIATIVE")));
            orphans.put("step states", count(sql, orphansOf("STEP_STATE", "INITIATIVE_ID", "INITIATIVE")));
            orphans.put("phase moves", count(sql, orphansOf("PHASE_MOVE", "INITIATIVE_ID", "INITIATIVE")));
            orphans.put("stakeholders", count(sql, orphansOf("STAKEHOLDER", "INITIATIVE_ID", "INITIATIVE")));
            orphans.put("anchoring statuses", count(sql, orphansOf("ANCHOR_STATUS", "STAKEHOLDER_ID", "STAKEHOLDER")));
            orphans.put("contact log", count(sql, orphansOf("CONTACT_LOG", "STAKEHOLDER_ID", "STAKEHOLDER")));
            orphans.put("gains", count(sql, orphansOf("GAIN", "INITIATIVE_ID", "INITIATIVE")));
            orphans.put("measurements", count(sql, orphansOf("GAIN_MEASUREMENT", "GAIN_ID", "GAIN")));
            orphans.put("economics", count(sql, orphansOf("GAIN_ECONOMICS", "INITIATIVE_ID", "INITIATIVE")));
            orphans.put("status reports", count(sql, orphansOf("STATUS_REPORT", "INITIATIVE_ID", "INITIATIVE")));
            orphans.put("pilot rounds", count(sql, orphansOf("PILOT_ROUND", "INITIATIVE_ID", "INITIATIVE")));
            orphans.put("pilot observations", count(sql, orphansOf("PILOT_OBSERVATION", "INITIATIVE_ID", "INITIATIVE")));
            orphans.put("search sync pending", count(sql, orphansOf("GAIN_SYNC_PENDING", "INITIATIVE_ID", "INITIATIVE")));
            orphans.put("communications", count(sql, orphansOf("COMMUNICATION", "INITIATIVE_ID", "INITIATIVE")));
            orphans.put("logged communications without their contact", count(sql, "SELECT COUNT(*) FROM " + T + "COMMUNICATION c WHERE "
                    + "c.CONTACT_LOG_ID IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + T + "CONTACT_LOG l WHERE l.ID = c.CONTACT_LOG_ID)"));
            for (String table : List.of("ROLE_MATRIX", "ROLE_PROCEDURE", "ROLE_ACTOR", "ROLE_CELL")) {
                orphans.put(table, count(sql, "SELECT COUNT(*) FROM " + T + table + " c WHERE NOT EXISTS (SELECT 1 FROM " + T
                        + "INITIATIVE p WHERE p.ID = c.INITIATIVE_ID)"));
            }
            orphans.put("risks", count(sql, orphansOf("RISK", "INITIATIVE_ID", "INITIATIVE")));
            orphans.put("risk measures", count(sql, orphansOf("RISK_MEASURE", "RISK_ID", "RISK")));
            orphans.put("contingency plans", count(sql, orphansOf("RISK_PLAN", "INITIATIVE_ID", "INITIATIVE")));
            orphans.put("handovers", count(sql, orphansOf("HANDOVER", "INITIATIVE_ID", "INITIATIVE")));
            orphans.put("implementation units", count(sql, orphansOf("IMPL_UNIT", "INITIATIVE_ID", "INITIATIVE")));
            for (String table : List.of("IMPL_SUPER_USER", "IMPL_TRAINING", "IMPL_NEW_STAFF")) {
                orphans.put(table, count(sql, orphansOf(table, "UNIT_ID", "IMPL_UNIT")));
            }
            orphans.put("matrix cells without their procedure", count(sql, orphansOf("ROLE_CELL", "PROCEDURE_ID", "ROLE_PROCEDURE")));
            orphans.put("matrix cells without their actor", count(sql, orphansOf("ROLE_CELL", "ACTOR_ID", "ROLE_ACTOR")));
            halfWritten.put("initiatives without all phases and steps", count(sql, "SELECT COUNT(*) FROM " + T + "INITIATIVE i WHERE "
                    + "(SELECT COUNT(*) FROM " + T + "PHASE_STATE p WHERE p.INITIATIVE_ID = i.ID) <> " + PHASES
                    + " OR (SELECT COUNT(*) FROM " + T + "STEP_STATE s WHERE s.INITIATIVE_ID = i.ID) <> " + STEPS));
            for (String[] record : new String[][] {{"STAKEHOLDER", "stakeholder"}, {"GAIN", "gain"}, {"INITIATIVE", "initiative"},
                    {"COMMUNICATION", "communication"}, {"RISK", "risk"},
                    {"STATUS_REPORT", "statusReport"}, {"INITIATIVE_UNIT", "initiativeUnit"}, {"REPORT_CADENCE", "reportCadence"}}) {
                // Every version above 0 was written with its claim in one transaction, and no claim runs ahead of its row.
                halfWritten.put(record[1] + " versions without their claim", count(sql, "SELECT COUNT(*) FROM " + T + record[0]
                        + " r WHERE r.ROW_VERSION > 0 AND NOT EXISTS (SELECT 1 FROM " + T + "REVISION_CLAIM c WHERE c.CLAIM_KEY = '"
                        + record[1] + ":' || r.ID || ':' || r.ROW_VERSION)"));
                halfWritten.put(record[1] + " claims ahead of their row", count(sql, "SELECT COUNT(*) FROM " + T + record[0]
                        + " r WHERE EXISTS (SELECT 1 FROM " + T + "REVISION_CLAIM c WHERE c.CLAIM_KEY = '"
                        + record[1] + ":' || r.ID || ':' || (r.ROW_VERSION + 1))"));
            }
            // A matrix's claim is keyed by its initiative: "roles:<initiative id>:<version>".
            halfWritten.put("matrix versions without their claim", count(sql, "SELECT COUNT(*) FROM " + T + "ROLE_MATRIX r WHERE "
                    + "r.ROW_VERSION > 0 AND NOT EXISTS (SELECT 1 FROM " + T + "REVISION_CLAIM c WHERE c.CLAIM_KEY = 'roles:' || "
                    + "r.INITIATIVE_ID || ':' || r.ROW_VERSION)"));
            halfWritten.put("matrix claims ahead of their row", count(sql, "SELECT COUNT(*) FROM " + T + "ROLE_MATRIX r WHERE EXISTS "
                    + "(SELECT 1 FROM " + T + "REVISION_CLAIM c WHERE c.CLAIM_KEY = 'roles:' || r.INITIATIVE_ID || ':' || (r.ROW_VERSION + 1))"));
            // A handover's claim is keyed by its initiative, like the matrix's: "handover:<initiative id>:<version>".
            halfWritten.put("handover versions without their claim", count(sql, "SELECT COUNT(*) FROM " + T + "HANDOVER r WHERE "
                    + "r.ROW_VERSION > 0 AND NOT EXISTS (SELECT 1 FROM " + T + "REVISION_CLAIM c WHERE c.CLAIM_KEY = 'handover:' || "
                    + "r.INITIATIVE_ID || ':' || r.ROW_VERSION)"));
            halfWritten.put("handover claims ahead of their row", count(sql, "SELECT COUNT(*) FROM " + T + "HANDOVER r WHERE EXISTS "
                    + "(SELECT 1 FROM " + T + "REVISION_CLAIM c WHERE c.CLAIM_KEY = 'handover:' || r.INITIATIVE_ID || ':' || (r.ROW_VERSION + 1))"));
            // A unit is created at version 1 without a claim; every later version has "implUnit:<id>:<version>".
            halfWritten.put("unit versions without their claim", count(sql, "SELECT COUNT(*) FROM " + T + "IMPL_UNIT r WHERE "
                    + "r.ROW_VERSION > 1 AND NOT EXISTS (SELECT 1 FROM " + T + "REVISION_CLAIM c WHERE c.CLAIM_KEY = 'implUnit:' || "
                    + "r.ID || ':' || r.ROW_VERSION)"));
            halfWritten.put("unit claims ahead of their row", count(sql, "SELECT COUNT(*) FROM " + T + "IMPL_UNIT r WHERE EXISTS "
                    + "(SELECT 1 FROM " + T + "REVISION_CLAIM c WHERE c.CLAIM_KEY = 'implUnit:' || r.ID || ':' || (r.ROW_VERSION + 1))"));
            for (String table : List.of("INITIATIVE", "PHASE_STATE", "STEP_STATE")) {
                try (ResultSet rs = sql.executeQuery("SELECT ISSUE_ID FROM " + T + table)) {
                    while (rs.next()) {
                        referenced.add(rs.getLong(1));
                    }
                }
            }
            // Closes the database file (and its lock) now, before the next sandbox JVM opens it.
            sql.execute("SHUTDOWN");
        }
        // The Jira state file is replaced atomically: it must parse, whatever moment the kill came.
        JsonNode jira = JSON.readTree(home.resolve("jira-state.json").toFile());
        Set<Long> issues = new HashSet<>();
        jira.get("issues").forEach(i -> issues.add(i.get("id").asLong()));
        long dangling = referenced.stream().filter(id -> !issues.contains(id)).count();
        for (JsonNode link : jira.get("links")) {
            if (!issues.contains(link.get("sourceId").asLong()) || !issues.contains(link.get("destinationId").asLong())) {
                dangling++;
            }
        }
        long orphanIssues = issues.stream().filter(id -> !referenced.contains(id)).count();
        long leftoverTemp;
        try (Stream<Path> files = Files.list(home)) {
            leftoverTemp = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
        }
        System.out.println("crash-safety: orphans " + orphans + ", half-written " + halfWritten + ", issues referenced "
                + referenced.size() + " of " + issues.size() + " (dangling " + dangling + ", orphan issues " + orphanIssues
                + "), leftover temp files " + leftoverTemp);
        totals.orphans = orphans.values().stream().mapToLong(Long::longValue).sum();
        totals.halfWritten = halfWritten.values().stream().mapToLong(Long::longValue).sum();
        totals.danglingIssues = dangling;
        totals.orphanIssues = orphanIssues;
        totals.interrupted = ledger.interruptedCreations.get();
        assertEquals("rows whose parent is gone: " + orphans, 0, totals.orphans);
        assertEquals("half-written aggregates: " + halfWritten, 0, totals.halfWritten);
        assertEquals("temp files of the Jira state a kill left behind, after the restart", 0, leftoverTemp);
        assertEquals("issues the plugin refers to but Jira lacks, links to missing issues", 0, dangling);
        // The journal notes an issue right after Jira made it; a kill in between can leave that one issue behind.
        assertTrue("issues of cut-off creations left in Jira: " + orphanIssues + ", creations cut off: " + totals.interrupted,
                orphanIssues <= totals.interrupted);
    }

    private static String orphansOf(String table, String column, String parent) {
        return "SELECT COUNT(*) FROM " + T + table + " c WHERE NOT EXISTS (SELECT 1 FROM " + T + parent + " p WHERE p.ID = c." + column + ")";
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ------------------------------------------------------------------------------------------ bookkeeping

    private record StakeholderAck(String initiative, long id, long version, String notes) {
    }

    /** An acknowledged communication entry at its version; {@code contactId} when that write logged it. */
    private record CommunicationAck(String initiative, long id, long version, String message, Long contactId) {
    }

    /** An acknowledged matrix save: its version and its procedures in order. */
    /** An acknowledged save of a single versioned record (its path or name), with the value it saved. */
    private record VersionAck(String record, long version, String value) {
    }

    private record RolesAck(String initiative, long version, List<String> procedures) {
    }

    /** An acknowledged risk at its version; {@code contingency} when that write set it. */
    private record RiskAck(String initiative, long id, long version, String contingency) {
    }

    /** An acknowledged handover save: its version and participants. */
    private record HandoverAck(String initiative, long version, String participants) {
    }

    /**
     * An acknowledged implementation write: a unit ({@code rows} "unit", marker = its name) or a row of one
     * ({@code rows} = the unit's list, marker = the super-user's name, the trainer, or "date:count" of new staff).
     */
    private record ImplAck(String initiative, long unitId, String rows, String marker) {
        boolean matches(JsonNode unit) {
            if (rows.equals("unit")) {
                return unit.get("name").asText().equals(marker);
            }
            for (JsonNode row : unit.get(rows)) {
                String value = rows.equals("superUsers") ? row.get("name").asText() : rows.equals("trainings")
                        ? row.path("trainer").asText() : row.get("date").asText() + ":" + row.get("count").asInt();
                if (value.equals(marker)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An acknowledged plan or evaluation save: the round's version after it and the text it wrote to {@code field}. */
    private record PilotAck(String initiative, int round, long version, String field, String text) {
    }

    /**
     * An acknowledged child row: contact (parent = stakeholder), gain (parent unused), measurement (parent = gain),
     * pilot observation (parent = round).
     */
    private record ChildAck(String initiative, long parentId, long id) {
    }

    private static final class Ledger {
        final List<String> initiatives = new CopyOnWriteArrayList<>();
        final Map<Long, StakeholderAck> stakeholders = new ConcurrentHashMap<>();
        final List<StakeholderAck> stakeholderList = new CopyOnWriteArrayList<>();
        final ConcurrentLinkedQueue<ChildAck> contacts = new ConcurrentLinkedQueue<>();
        final List<ChildAck> gains = new CopyOnWriteArrayList<>();
        final ConcurrentLinkedQueue<ChildAck> reports = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<ChildAck> measurements = new ConcurrentLinkedQueue<>();
        final Map<Long, CommunicationAck> communications = new ConcurrentHashMap<>();
        final List<CommunicationAck> communicationList = new CopyOnWriteArrayList<>();
        final Map<String, RolesAck> roles = new ConcurrentHashMap<>();
        final Map<String, VersionAck> versioned = new ConcurrentHashMap<>();
        final Map<String, PilotAck> pilots = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<ChildAck> observations = new ConcurrentLinkedQueue<>();
        final Map<Long, RiskAck> risks = new ConcurrentHashMap<>();
        final List<RiskAck> riskList = new CopyOnWriteArrayList<>();
        /** Measures of risks (parent = risk). */
        final ConcurrentLinkedQueue<ChildAck> riskMeasures = new ConcurrentLinkedQueue<>();
        final Map<String, HandoverAck> handovers = new ConcurrentHashMap<>();
        final List<ImplAck> implementation = new CopyOnWriteArrayList<>();
        final List<ImplAck> units = new CopyOnWriteArrayList<>();
        /** Initiative creations the kill cut off (no answer); each may leave one issue its journal had not noted yet. */
        final AtomicInteger interruptedCreations = new AtomicInteger();

        String anyInitiative(Random r) {
            return initiatives.isEmpty() ? null : initiatives.get(r.nextInt(initiatives.size()));
        }

        StakeholderAck anyStakeholder(Random r) {
            return stakeholderList.isEmpty() ? null : stakeholderList.get(r.nextInt(stakeholderList.size()));
        }

        /** Keeps the highest acknowledged version of each stakeholder. */
        void stakeholder(StakeholderAck ack) {
            if (stakeholders.putIfAbsent(ack.id(), ack) == null) {
                stakeholderList.add(ack);
            } else {
                stakeholders.merge(ack.id(), ack, (a, b) -> a.version() >= b.version() ? a : b);
            }
        }

        CommunicationAck anyCommunication(Random r) {
            return communicationList.isEmpty() ? null : communicationList.get(r.nextInt(communicationList.size()));
        }

        /** Keeps the highest acknowledged version of each entry. */
        void communication(CommunicationAck ack) {
            if (communications.putIfAbsent(ack.id(), ack) == null) {
                communicationList.add(ack);
            } else {
                communications.merge(ack.id(), ack, (a, b) -> a.version() >= b.version() ? a : b);
            }
        }

        /** Keeps the highest acknowledged version of each pilot round. */
        void pilot(PilotAck ack) {
            pilots.merge(ack.initiative() + "/" + ack.round(), ack, (a, b) -> a.version() >= b.version() ? a : b);
        }

        /** Keeps the highest acknowledged matrix version of each initiative. */
        void versioned(VersionAck ack) {
            versioned.merge(ack.record(), ack, (a, b) -> a.version() >= b.version() ? a : b);
        }

        void roles(RolesAck ack) {
            this.roles.merge(ack.initiative(), ack, (a, b) -> a.version() >= b.version() ? a : b);
        }

        ImplAck anyUnit(Random r) {
            return units.isEmpty() ? null : units.get(r.nextInt(units.size()));
        }

        void implementation(ImplAck ack) {
            implementation.add(ack);
            if (ack.rows().equals("unit")) {
                units.add(ack);
            }
        }

        int size() {
            return initiatives.size() + stakeholders.size() + contacts.size() + gains.size() + measurements.size()
                    + communications.size() + roles.size() + versioned.size() + reports.size() + implementation.size() + pilots.size()
                    + observations.size() + risks.size() + riskMeasures.size() + handovers.size();
        }

        RiskAck anyRisk(Random r) {
            return riskList.isEmpty() ? null : riskList.get(r.nextInt(riskList.size()));
        }

        /** Keeps the highest acknowledged version of each risk. */
        void risk(RiskAck ack) {
            if (risks.putIfAbsent(ack.id(), ack) == null) {
                riskList.add(ack);
            } else {
                risks.merge(ack.id(), ack, (a, b) -> a.version() >= b.version() ? a : b);
            }
        }

        /** Keeps the highest acknowledged handover version of each initiative. */
        void handover(HandoverAck ack) {
            handovers.merge(ack.initiative(), ack, (a, b) -> a.version() >= b.version() ? a : b);
        }
    }

    private static final class Totals {
        final AtomicInteger sent = new AtomicInteger();
        int found;
        List<String> missing = List.of();
        long orphans;
        long halfWritten;
        long danglingIssues;
        long orphanIssues;
        long interrupted;
    }

    /** A sandbox JVM on {@code home}; its output goes to a log file next to the home. */
    private static final class Child implements AutoCloseable {
        private final Process process;
        private final String baseUrl;

        private Child(Process process, String baseUrl) {
            this.process = process;
            this.baseUrl = baseUrl;
        }

        static Child start(Path home, int run) throws Exception {
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Path log = home.resolveSibling(home.getFileName() + "-run" + run + ".log");
            Process process = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                    SandboxProcess.class.getName(), home.toString())
                    .directory(new File(System.getProperty("user.dir")))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (System.nanoTime() < deadline) {
                String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
                int at = output.indexOf(SandboxProcess.READY);
                if (at >= 0) {
                    String port = output.substring(at + SandboxProcess.READY.length()).lines().findFirst().orElseThrow().trim();
                    return new Child(process, "http://localhost:" + port + "/jira");
                }
                if (!process.isAlive()) {
                    throw new AssertionError("sandbox JVM exited with " + process.exitValue() + ":\n" + tail(output));
                }
                Thread.sleep(200);
            }
            process.destroyForcibly();
            throw new AssertionError("sandbox JVM not ready within 3 minutes:\n" + tail(Files.readString(log)));
        }

        String baseUrl() {
            return baseUrl;
        }

        /** SIGKILL now, without waiting. */
        void killNow() {
            process.destroyForcibly();
        }

        /** SIGKILL (Java's destroyForcibly on Linux) and the exit status. */
        int kill() throws InterruptedException {
            process.destroyForcibly();
            return process.waitFor();
        }

        /** SIGTERM: the shutdown hook stops the sandbox cleanly. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                stop();
            }
        }

        private static String tail(String output) {
            return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
        }
    }
}
