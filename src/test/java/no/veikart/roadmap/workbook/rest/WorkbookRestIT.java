package no.veikart.roadmap.workbook.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.sandbox.jira.UserProfiles;
import no.veikart.roadmap.testsupport.RestClient;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@code GET /export/portfolio.xlsx} on the demo portfolio: the sheets in the reader's language, typed cells, only
 * what the caller may browse, a saved filter's initiatives, and hostile summaries that stay text.
 */
public class WorkbookRestIT {
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9]+-\\d+");
    private static Sandbox sandbox;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-workbook-it"), true);
        sandbox.component(UserProfiles.class).setLanguage(sandbox.user("admin"), "nb");
        sandbox.component(UserProfiles.class).setLanguage(sandbox.user("viewer"), "fi");
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    public void theDemoPortfolioInNorwegian() throws Exception {
        HttpResponse<byte[]> reply = get("admin", "projects=DEMO,HELSE,SKOLE");
        assertEquals(200, reply.statusCode());
        assertEquals(WorkbookResource.MEDIA_TYPE, reply.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(reply.headers().firstValue("Content-Disposition").orElse("").matches("attachment; filename=\"portfolio-.*\\.xlsx\""));
        XlsxFile file = XlsxFile.read(reply.body());
        assertEquals(List.of("Initiativer", "Gevinster", "Målinger", "Interessenter", "Risikoer", "Implementering",
                "Statusrapporter"), List.copyOf(file.sheets().keySet()));
        List<Row> initiatives = file.sheets().get("Initiativer");
        assertEquals("Prosjekt", initiatives.get(0).getCell(0).getText());
        assertTrue("the demo has 20 initiatives and more", initiatives.size() > 20);
        assertEquals(Set.of("DEMO", "HELSE", "SKOLE"), initiatives.stream().skip(1).map(r -> r.getCell(0).getText())
                .collect(Collectors.toSet()));
        List<Row> measurements = file.sheets().get("Målinger");
        assertTrue(measurements.size() > 1);
        Row m = measurements.get(1);
        assertEquals(CellType.NUMBER, m.getCell(5).getType());
        assertEquals("yyyy-mm-dd", m.getCell(5).getDataFormatString());
        assertEquals(CellType.NUMBER, m.getCell(6).getType());
        List<Row> gains = file.sheets().get("Gevinster");
        assertTrue(gains.stream().skip(1).anyMatch(r -> r.getCell(24) != null && r.getCell(24).getType() == CellType.NUMBER
                && "#,##0.00".equals(r.getCell(24).getDataFormatString())));
        assertTrue("published demo reports", file.sheets().get("Statusrapporter").size() > 1);
        for (String xml : file.worksheetXml()) {
            assertTrue(xml.contains("state=\"frozen\""));
            assertTrue(xml.contains("<autoFilter "));
        }
        assertFalse(file.hasFormula());
    }

    @Test
    public void onlyWhatTheCallerMayBrowse() throws Exception {
        XlsxFile viewer = XlsxFile.read(get("viewer", "projects=DEMO,HELSE,SKOLE").body());
        assertEquals("Aloitteet", viewer.sheets().keySet().iterator().next());
        Set<String> projects = viewer.sheets().values().stream().flatMap(rows -> rows.stream().skip(1))
                .map(r -> r.getCell(0).getText()).collect(Collectors.toSet());
        assertEquals(Set.of("DEMO"), projects);
        XlsxFile outsider = XlsxFile.read(get("outsider", "projects=DEMO,HELSE").body());
        for (List<Row> rows : outsider.sheets().values()) {
            assertEquals("only the header", 1, rows.size());
        }
        assertFalse(outsider.parts().values().stream().anyMatch(xml -> ISSUE_KEY.matcher(xml).find()
                && xml.contains("DEMO-")));
        assertEquals(401, get(null, "projects=DEMO").statusCode());
    }

    @Test
    public void aSavedFilterChoosesTheInitiatives() throws Exception {
        XlsxFile helse = XlsxFile.read(get("admin", "filterId=10001").body());
        Set<String> projects = helse.sheets().get("Initiativer").stream().skip(1).map(r -> r.getCell(0).getText())
                .collect(Collectors.toSet());
        assertEquals(Set.of("HELSE"), projects);
        HttpResponse<byte[]> unknown = get("admin", "filterId=424242");
        assertEquals(400, unknown.statusCode());
        assertEquals("filterId", new ObjectMapper().readTree(unknown.body()).path("errors").path(0).path("field").asText());
        assertEquals(400, get("admin", "projects=DEMO&filterId=10001").statusCode());
        assertEquals(400, get("admin", "projects=no%20such").statusCode());
    }

    @Test
    public void formulaPayloadsStayText() throws Exception {
        List<String> payloads = XlsxWorkbookTest.HOSTILE.subList(0, 6);
        RestClient member = new RestClient(sandbox.baseUrl(), "member", "member");
        for (String p : payloads) {
            String json = new ObjectMapper().writeValueAsString(java.util.Map.of("projectKey", "DEMO", "summary", p));
            assertEquals(201, member.post("/initiatives", json).status());
        }
        XlsxFile file = XlsxFile.read(get("member", "projects=DEMO").body());
        assertFalse(file.hasFormula());
        Set<String> summaries = file.sheets().values().iterator().next().stream().skip(1)
                .map(r -> r.getCell(2)).filter(c -> c != null && c.getType() == CellType.STRING)
                .map(c -> c.getText()).collect(Collectors.toSet());
        assertTrue(summaries + " holds " + payloads, summaries.containsAll(payloads));
    }

    private static HttpResponse<byte[]> get(String user, String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl() + "/rest/roadmap/1.0/export/portfolio.xlsx?" + query));
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
