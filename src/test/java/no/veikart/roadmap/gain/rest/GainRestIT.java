package no.veikart.roadmap.gain.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import no.veikart.roadmap.sandbox.jira.UserProfiles;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.SandboxRestIT;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The gain and economics endpoints of api.md over HTTP against the sandbox: the Kerteminde DigiRehab case end to end
 * (measurements, % realised, status, money, NPV, payback), every error case, and the CSV export.
 */
public class GainRestIT extends SandboxRestIT {
    /** Kerteminde DigiRehab: 15 000 care hours a year for 50 citizens, 13 650 by the end of 2021. */
    private static final String CARE_HOURS = "{\"type\":\"TIME\",\"title\":\"Færre plejetimer efter DigiRehab\","
            + "\"indicator\":\"Plejetimer pr. år for 50 borgere\",\"unit\":\"HOURS\","
            + "\"baseline\":{\"value\":15000,\"date\":\"2021-01-01\"},\"target\":{\"value\":13650,\"date\":\"2021-12-31\"},"
            + "\"owner\":\"member\",\"method\":\"Visiterede timer fra omsorgssystemet\",\"frequency\":\"MONTHLY\"}";
    private static final String ECONOMICS = "{\"hourlyRate\":750,\"currency\":\"DKK\",\"discountRatePercent\":4,\"horizonYears\":5,"
            + "\"investment\":500000,\"yearlyRunningCost\":100000,\"trainingHoursPerEmployee\":4,\"employees\":60}";

    @BeforeClass
    public static void start() throws Exception {
        // The admin reads Danish: money and CSV numbers in the Danish format.
        sandbox.component(UserProfiles.class).setLanguage(sandbox.user("admin"), "da");
    }

    private static String newInitiative(String summary) throws Exception {
        Reply created = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"" + summary + "\"}");
        assertEquals(created.body().toString(), 201, created.status());
        return created.body().get("key").asText();
    }

    private static String gains(String initiative) {
        return "/initiatives/" + initiative + "/gains";
    }

    private static List<String> fields(Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.decimalValue();
    }

    @Test
    public void memberAddsAGainAndOnlyThoseWhoMayBrowseReadIt() throws Exception {
        String initiative = newInitiative("Gevinster: læsning");
        Reply created = member.post(gains(initiative), CARE_HOURS);
        assertEquals(created.body().toString(), 201, created.status());
        JsonNode gain = created.body();
        assertTrue(gain.get("id").asLong() > 0);
        assertEquals(0, gain.get("version").asLong());
        assertEquals("TIME", gain.get("type").asText());
        assertEquals("HOURS", gain.get("unit").asText());
        assertTrue(gain.get("currency").isNull());
        assertEquals(0, decimal(gain.get("baseline").get("value")).compareTo(new BigDecimal("15000")));
        assertEquals("2021-12-31", gain.get("target").get("date").asText());
        assertEquals("member", gain.get("owner").asText());
        assertEquals("MONTHLY", gain.get("frequency").asText());
        assertEquals(0, gain.get("measurements").size());
        assertTrue(gain.get("realisedPercent").isNull());
        assertEquals("NOT_STARTED", gain.get("status").asText());
        assertEquals("2021-02-01", gain.get("nextMeasurementDue").asText());
        assertTrue(gain.get("overdue").asBoolean());
        assertEquals("NO_HOURLY_RATE", gain.get("moneyExclusion").asText());
        assertTrue(gain.get("plannedCurve").size() >= 13);

        Reply list = viewer.get(gains(initiative));
        assertEquals(200, list.status());
        assertFalse(list.body().get("editable").asBoolean());
        assertEquals(initiative, list.body().get("initiativeKey").asText());
        assertEquals(1, list.body().get("gains").size());
        assertEquals(gain.get("id"), list.body().get("gains").get(0).get("id"));
        JsonNode totals = list.body().get("totals");
        assertEquals(1, totals.get("byStatus").get("NOT_STARTED").asInt());
        assertEquals("NO_HOURLY_RATE", totals.get("flags").get(0).get("reason").asText());
        assertTrue(totals.get("appraisal").isNull());
        assertFalse(list.body().get("economics").get("set").asBoolean());
        assertTrue(member.get(gains(initiative)).body().get("editable").asBoolean());
        assertEquals(200, viewer.get(gains(initiative) + "/" + gain.get("id").asLong()).status());

        assertEquals(404, outsider.get(gains(initiative)).status());
        assertEquals(404, member.get(gains("DEMO-9999")).status());
        assertEquals(401, anonymous.get(gains(initiative)).status());
        assertEquals(403, viewer.post(gains(initiative), CARE_HOURS).status());
        assertEquals(404, outsider.post(gains(initiative), CARE_HOURS).status());
    }

    @Test
    public void kertemindeMeasurementsRealiseMoreThanOneMillionKroner() throws Exception {
        String initiative = newInitiative("DigiRehab Kerteminde");
        long id = member.post(gains(initiative), CARE_HOURS).body().get("id").asLong();
        Reply economics = member.put("/initiatives/" + initiative + "/economics", ECONOMICS);
        assertEquals(economics.body().toString(), 201, economics.status());
        assertEquals(0, economics.body().get("version").asLong());
        assertEquals(0, decimal(economics.body().get("trainingCost")).compareTo(new BigDecimal("180000")));

        // Monthly care hours a year for the 50 citizens, January to December 2021: a dip while training starts, then gains.
        String[] values = {"15100", "15050", "14900", "14700", "14500", "14350", "14200", "14050", "13900", "13800", "13700", "13600"};
        Reply last = null;
        for (int month = 1; month <= 12; month++) {
            LocalDate date = LocalDate.of(2021, month, 1).plusMonths(1).minusDays(1);
            last = member.post(gains(initiative) + "/" + id + "/measurements",
                    "{\"value\":" + values[month - 1] + ",\"date\":\"" + date + "\",\"comment\":\"Månedsrapport\"}");
            assertEquals(last.body().toString(), 201, last.status());
        }
        JsonNode measurement = last.body().get("measurement");
        assertEquals("2021-12-31", measurement.get("date").asText());
        assertEquals("member", measurement.get("recordedBy").asText());
        JsonNode gain = last.body().get("gain");
        assertEquals(12, gain.get("version").asLong());
        assertEquals(12, gain.get("measurements").size());
        assertEquals(0, decimal(gain.get("realisedPercent")).compareTo(new BigDecimal("103.7")));
        assertEquals("REALISED", gain.get("status").asText());
        assertEquals("IMPROVING", gain.get("trend").asText());
        assertEquals("2022-01-31", gain.get("nextMeasurementDue").asText());
        assertEquals(0, decimal(gain.get("realisedYearly").get("amount")).compareTo(new BigDecimal("1050000")));
        assertEquals("DKK", gain.get("realisedYearly").get("currency").asText());

        JsonNode overview = member.get(gains(initiative)).body();
        JsonNode totals = overview.get("totals");
        JsonNode dkk = totals.get("money").get(0);
        assertEquals("DKK", dkk.get("currency").asText());
        assertEquals(0, decimal(dkk.get("planned")).compareTo(new BigDecimal("1012500")));
        assertEquals(0, decimal(dkk.get("realised")).compareTo(new BigDecimal("1050000")));
        assertTrue(decimal(dkk.get("realised")).compareTo(new BigDecimal("1000000")) > 0);
        assertEquals(0, decimal(totals.get("hours").get("planned")).compareTo(new BigDecimal("1350")));
        assertEquals(0, decimal(totals.get("hours").get("realised")).compareTo(new BigDecimal("1400")));
        assertEquals("TIME", totals.get("byType").get(0).get("type").asText());
        assertEquals(1, totals.get("byStatus").get("REALISED").asInt());
        assertEquals(0, totals.get("flags").size());
        JsonNode appraisal = totals.get("appraisal");
        assertEquals("DKK", appraisal.get("currency").asText());
        assertEquals(0, decimal(appraisal.get("initialCost")).compareTo(new BigDecimal("680000")));
        assertTrue(decimal(appraisal.get("npvRealised")).signum() > 0);
        // Year 0: −680 000; then 950 000 a year: paid back after 680/950 = 0.72 years.
        assertEquals(0, decimal(appraisal.get("paybackYearsRealised")).compareTo(new BigDecimal("0.72")));
        assertTrue(overview.get("economics").get("set").asBoolean());

        // The same plan in Danish: money for the locale.
        JsonNode danish = admin.get(gains(initiative)).body().get("totals");
        String realised = danish.get("money").get(0).get("realisedDisplay").asText();
        assertTrue(realised, realised.startsWith("1.050.000") && realised.endsWith("kr."));
    }

    @Test
    public void measurementsAreCheckedAndCanBeRemoved() throws Exception {
        String initiative = newInitiative("Gevinster: målinger");
        long id = member.post(gains(initiative), CARE_HOURS).body().get("id").asLong();
        String measurements = gains(initiative) + "/" + id + "/measurements";

        Reply future = member.post(measurements, "{\"value\":14000,\"date\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(2) + "\"}");
        assertEquals(400, future.status());
        assertEquals(List.of("date"), fields(future));
        assertEquals("roadmap.error.inFuture", future.body().get("errors").get(0).get("key").asText());
        Reply early = member.post(measurements, "{\"value\":14000,\"date\":\"2020-12-31\"}");
        assertEquals("roadmap.gain.error.beforeBaseline", early.body().get("errors").get(0).get("key").asText());
        Reply missing = member.post(measurements, "{}");
        assertEquals(List.of("value", "date"), fields(missing));
        Reply text = member.post(measurements, "{\"value\":\"mange\",\"date\":\"2021-03-01\"}");
        assertEquals("roadmap.error.notANumber", text.body().get("errors").get(0).get("key").asText());
        Reply object = member.post(measurements, "{\"value\":{\"hours\":1},\"date\":\"2021-03-01\"}");
        assertEquals(400, object.status());
        assertEquals(List.of("value"), fields(object));
        assertEquals(403, viewer.post(measurements, "{\"value\":14000,\"date\":\"2021-03-01\"}").status());
        assertEquals(404, member.post(gains(initiative) + "/999999/measurements", "{\"value\":1,\"date\":\"2021-03-01\"}").status());

        long first = member.post(measurements, "{\"value\":14999.1234,\"date\":\"2021-02-28\"}").body().get("measurement").get("id").asLong();
        Reply second = member.post(measurements, "{\"value\":14900,\"date\":\"2021-03-31\"}");
        assertEquals(2, second.body().get("gain").get("version").asLong());
        assertEquals("14999.1234", member.get(gains(initiative) + "/" + id).body().get("measurements").get(0).get("value").asText());

        assertEquals(403, viewer.delete(measurements + "/" + first).status());
        assertEquals(409, member.delete(measurements + "/" + first + "?version=1").status());
        Reply removed = member.delete(measurements + "/" + first + "?version=2");
        assertEquals(removed.body().toString(), 200, removed.status());
        assertEquals(3, removed.body().get("version").asLong());
        assertEquals(1, removed.body().get("measurements").size());
        assertEquals(404, member.delete(measurements + "/" + first).status());
    }

    @Test
    public void everyBadFieldIsNamed() throws Exception {
        String initiative = newInitiative("Gevinster: fejl");
        Reply bad = member.post(gains(initiative), "{\"type\":\"HAPPINESS\",\"title\":\" \",\"unit\":\"LITRES\","
                + "\"baseline\":{\"value\":\"lots\",\"date\":\"2021-13-01\"},\"target\":{\"value\":1e13},\"frequency\":\"DAILY\"}");
        assertEquals(400, bad.status());
        List<String> fields = fields(bad);
        for (String field : List.of("type", "title", "unit", "baseline.value", "baseline.date", "target.value", "target.date",
                "frequency")) {
            assertTrue(field + " named in " + fields, fields.contains(field));
        }
        Reply currency = member.post(gains(initiative), CARE_HOURS.replace("\"unit\":\"HOURS\"", "\"unit\":\"HOURS\",\"currency\":\"DKK\""));
        assertEquals(List.of("currency"), fields(currency));
        Reply noCurrency = member.post(gains(initiative), CARE_HOURS.replace("\"unit\":\"HOURS\"", "\"unit\":\"CURRENCY\""));
        assertEquals(List.of("currency"), fields(noCurrency));
        Reply same = member.post(gains(initiative), CARE_HOURS.replace("13650", "15000"));
        assertEquals("roadmap.gain.error.targetEqualsBaseline", same.body().get("errors").get(0).get("key").asText());
        Reply order = member.post(gains(initiative), CARE_HOURS.replace("2021-12-31", "2020-12-31"));
        assertEquals(List.of("target.date"), fields(order));
        Reply decimals = member.post(gains(initiative), CARE_HOURS.replace("13650", "13650.12345"));
        assertEquals("roadmap.error.tooManyDecimals", decimals.body().get("errors").get(0).get("key").asText());
        Reply percent = member.post(gains(initiative), CARE_HOURS.replace("\"unit\":\"HOURS\"", "\"unit\":\"PERCENT\""));
        assertEquals(List.of("baseline.value", "target.value"), fields(percent));
        Reply wrongType = member.post(gains(initiative), CARE_HOURS.replace("{\"value\":15000,", "{\"value\":[15000],"));
        assertEquals(400, wrongType.status());
        assertEquals(List.of("baseline.value"), fields(wrongType));
        assertEquals("roadmap.error.invalidValue", wrongType.body().get("errors").get(0).get("key").asText());
        assertEquals(400, member.postRaw(gains(initiative), "{\"type\":", "application/json", true).status());
    }

    @Test
    public void exactDecimalsAndMoneyGainsRoundTrip() throws Exception {
        String initiative = newInitiative("Gevinster: kroner");
        Reply created = member.post(gains(initiative), "{\"type\":\"COST\",\"title\":\"Lavere vikarutgifter\",\"unit\":\"currency\","
                + "\"currency\":\"nok\",\"baseline\":{\"value\":1234567.8912,\"date\":\"2024-01-01\"},"
                + "\"target\":{\"value\":\"0.1\",\"date\":\"2026-12-31\"},\"frequency\":\"quarterly\"}");
        assertEquals(created.body().toString(), 201, created.status());
        JsonNode gain = member.get(gains(initiative) + "/" + created.body().get("id").asLong()).body();
        assertEquals("1234567.8912", gain.get("baseline").get("value").asText());
        assertEquals("0.1", gain.get("target").get("value").asText());
        assertEquals("NOK", gain.get("currency").asText());
        assertEquals("CURRENCY", gain.get("unit").asText());
        assertEquals("QUARTERLY", gain.get("frequency").asText());
        assertEquals(0, decimal(gain.get("plannedYearly").get("amount")).compareTo(new BigDecimal("1234567.79")));
        assertNull(gain.get("moneyExclusion").textValue());

        // Economics in DKK: the NOK gain is kept apart, never converted.
        assertEquals(201, member.put("/initiatives/" + initiative + "/economics", ECONOMICS).status());
        JsonNode totals = member.get(gains(initiative)).body().get("totals");
        assertEquals("CURRENCY_MISMATCH", totals.get("flags").get(0).get("reason").asText());
        assertEquals("NOK", totals.get("money").get(0).get("currency").asText());
        assertEquals(0, decimal(totals.get("appraisal").get("plannedYearlyBenefit")).signum());
    }

    @Test
    public void staleVersionsConflictAndDeleteRemoves() throws Exception {
        String initiative = newInitiative("Gevinster: versioner");
        long id = member.post(gains(initiative), CARE_HOURS).body().get("id").asLong();
        String path = gains(initiative) + "/" + id;
        String update = CARE_HOURS.replace("Færre plejetimer", "Færre visiterede plejetimer").replace("{\"type\"", "{\"version\":0,\"type\"");

        Reply first = member.put(path, update);
        assertEquals(first.body().toString(), 200, first.status());
        assertEquals(1, first.body().get("version").asLong());
        assertTrue(first.body().get("title").asText().startsWith("Færre visiterede"));
        assertEquals(409, member.put(path, update).status());
        Reply noVersion = member.put(path, CARE_HOURS);
        assertEquals(400, noVersion.status());
        assertEquals(List.of("version"), fields(noVersion));
        assertEquals(403, viewer.put(path, update.replace("\"version\":0", "\"version\":1")).status());
        assertEquals(403, viewer.delete(path + "?version=1").status());
        assertEquals(409, member.delete(path + "?version=0").status());
        assertEquals(204, member.delete(path + "?version=1").status());
        assertEquals(404, member.get(path).status());
        assertEquals(404, member.put(path, update).status());

        // A gain of another initiative is not found through this one.
        String other = newInitiative("Gevinster: andet initiativ");
        long foreign = member.post(gains(other), CARE_HOURS).body().get("id").asLong();
        assertEquals(404, member.get(gains(initiative) + "/" + foreign).status());
        assertEquals(404, member.delete(gains(initiative) + "/" + foreign).status());
    }

    @Test
    public void economicsAreSetOnceThenVersioned() throws Exception {
        String initiative = newInitiative("Gevinster: økonomi");
        String path = "/initiatives/" + initiative + "/economics";

        Reply unset = viewer.get(path);
        assertEquals(200, unset.status());
        assertFalse(unset.body().get("set").asBoolean());
        assertTrue(unset.body().get("version").isNull());
        assertEquals(0, decimal(unset.body().get("discountRatePercent")).compareTo(new BigDecimal("4")));

        Reply bad = member.put(path, "{\"currency\":\"GBP\",\"horizonYears\":51,\"employees\":2.5,\"investment\":-1}");
        assertEquals(400, bad.status());
        assertEquals(List.of("hourlyRate", "currency", "horizonYears", "investment", "employees"), fields(bad));
        assertEquals(403, viewer.put(path, ECONOMICS).status());
        assertEquals(404, outsider.get(path).status());

        Reply created = member.put(path, ECONOMICS);
        assertEquals(201, created.status());
        assertEquals("DKK", created.body().get("currency").asText());
        assertEquals(409, member.put(path, ECONOMICS.replace("{", "{\"version\":5,")).status());
        Reply noVersion = member.put(path, ECONOMICS);
        assertEquals(List.of("version"), fields(noVersion));
        Reply updated = member.put(path, ECONOMICS.replace("750", "812.5").replace("{", "{\"version\":0,"));
        assertEquals(200, updated.status());
        assertEquals(1, updated.body().get("version").asLong());
        assertEquals("812.5", updated.body().get("hourlyRate").asText());
        assertEquals(409, member.put(path, ECONOMICS.replace("{", "{\"version\":0,")).status());
        String danish = admin.get(path).body().get("hourlyRateDisplay").asText();
        assertTrue(danish, danish.startsWith("812,50") && danish.endsWith("kr."));
    }

    @Test
    public void csvExportHasPlainNumbersForExcel() throws Exception {
        String initiative = newInitiative("Gevinster: eksport");
        long id = member.post(gains(initiative), CARE_HOURS.replace("Færre plejetimer", "=HYPERLINK(\\\"http://evil\\\")")).body()
                .get("id").asLong();
        member.put("/initiatives/" + initiative + "/economics", ECONOMICS);
        member.post(gains(initiative) + "/" + id + "/measurements", "{\"value\":13600.5,\"date\":\"2021-12-31\"}");

        String english = csv("viewer");
        assertTrue(english, english.contains("'=HYPERLINK"));
        assertFalse(english.contains(",=HYPERLINK"));
        String line = english.lines().filter(l -> l.contains(initiative + ",")).findFirst().orElseThrow();
        assertTrue(line, line.startsWith("DEMO," + initiative + ","));
        assertTrue(line, line.contains(",15000,2021-01-01,13650,2021-12-31,member,"));
        assertTrue(line, line.contains(",13600.5,2021-12-31,103.7,"));
        assertTrue(line, line.endsWith(",1350,1399.5,DKK,1012500.00,1049625.00"));
        assertEquals(GainExportResource.COLUMNS.size(), english.lines().findFirst().orElseThrow().split(",", -1).length);

        String danish = csv("admin");
        String row = danish.lines().filter(l -> l.contains(initiative + ";")).findFirst().orElseThrow();
        assertTrue(row, row.contains(";13600,5;2021-12-31;103,7;"));
        assertTrue(row, row.endsWith(";1350;1399,5;DKK;1012500,00;1049625,00"));

        HttpResponse<String> none = send("outsider", "DEMO");
        assertEquals(200, none.statusCode());
        assertEquals("only the header for someone who may not browse DEMO", 1, none.body().strip().split("\r\n").length);
        assertEquals(400, send("viewer", "").statusCode());
    }

    private static String csv(String user) throws Exception {
        HttpResponse<String> response = send(user, "DEMO,HELSE");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String body = response.body();
        assertEquals('\uFEFF', body.charAt(0));
        return body.substring(1);
    }

    private static HttpResponse<String> send(String user, String projects) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl() + "/rest/roadmap/1.0/export/gains.csv?projects=" + projects))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
