package no.veikart.roadmap.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import no.veikart.roadmap.sandbox.jira.UserProfiles;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16's communication plan in Chromium, in Norwegian: a member adds an entry (the server's inline errors first),
 * sees it overdue, marks it done, logs it into the stakeholder's contact log in one click and finds it there; a viewer
 * sees the plan without controls, user text as text.
 */
public class CommunicationBrowserIT extends BrowserTestSupport {


    private static String[] initiativeWithStakeholder(String summary) throws Exception {
        RestClient member = new RestClient(sandbox.baseUrl(), "member", "member");
        String key = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"" + summary + "\"}").body().get("key").asText();
        long id = member.post("/initiatives/" + key + "/stakeholders", "{\"name\":\"Formannskapet\",\"group\":\"Politicians\","
                + "\"level\":\"POLITICAL\",\"attitude\":1,\"desiredAttitude\":2,\"influence\":5,\"interest\":3,\"involvement\":\"CONSULT\"}")
                .body().get("id").asLong();
        return new String[] {key, String.valueOf(id)};
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#roadmap-communication-table .roadmap-comm-row"));
    }

    private List<String> warningCodes() {
        return driver.findElements(By.cssSelector("#roadmap-communication-warnings .roadmap-comm-warning")).stream()
                .map(w -> w.getAttribute("data-code")).toList();
    }

    @Test
    public void memberPlansMarksDoneAndLogsToTheContactLog() throws Exception {
        sandbox.component(UserProfiles.class).setLanguage(sandbox.user("member"), "nb");
        String[] records = initiativeWithStakeholder("Kommunikasjon i nettleseren");
        String key = records[0];
        login("member", "member");
        open("/browse/" + key);
        waitFor(By.id("roadmap-communication"));
        assertEquals(List.of("LEVEL_NOT_REACHED"), warningCodes());

        // Saving an empty form: the server's Norwegian errors next to their fields, nothing stored.
        driver.findElement(By.id("roadmap-communication-add")).click();
        // Looked up again each time: the panel may re-render while the dialog opens.
        waitFor(By.id("roadmap-communication-save"));
        await("dialog open", d -> d.findElement(By.id("roadmap-communication-save")).isDisplayed());
        driver.findElement(By.id("roadmap-communication-save")).click();
        await("inline audience error", d -> d.findElement(By.id("roadmap-comm-audienceLevel-error")).isDisplayed());
        assertEquals("Velg et organisasjonsnivå eller en interessent som målgruppe.",
                driver.findElement(By.id("roadmap-comm-audienceLevel-error")).getText());
        assertTrue(driver.findElement(By.id("roadmap-comm-message-error")).isDisplayed());
        assertEquals("true", driver.findElement(By.id("roadmap-comm-audienceLevel")).getAttribute("aria-invalid"));

        new Select(driver.findElement(By.id("roadmap-comm-stakeholderId"))).selectByValue(records[1]);
        driver.findElement(By.id("roadmap-comm-message")).sendKeys("Orientering før utprøving: mål, tid og forventet effektivitetstap");
        new Select(driver.findElement(By.id("roadmap-comm-channel"))).selectByValue("MEETING");
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('roadmap-comm-date').value = arguments[0];",
                yesterday);
        driver.findElement(By.id("roadmap-comm-responsible")).sendKeys("Prosjektleder");
        driver.findElement(By.id("roadmap-communication-save")).click();
        await("entry listed", d -> rows().size() == 1);
        WebElement row = rows().get(0);
        assertEquals("PLANNED", row.getAttribute("data-status"));
        assertEquals("Formannskapet", row.findElement(By.cssSelector(".roadmap-comm-audience")).getText());
        assertEquals(1, row.findElements(By.cssSelector(".roadmap-comm-overdue")).size());
        assertEquals(List.of("OVERDUE"), warningCodes());
        assertTrue(row.findElements(By.cssSelector(".roadmap-communication-log")).isEmpty());

        // Mark it done in the edit dialog: the overdue warning goes, the log button comes.
        row.findElement(By.cssSelector(".roadmap-communication-edit")).click();
        await("edit dialog", d -> d.findElement(By.id("roadmap-communication-save")).isDisplayed());
        new Select(driver.findElement(By.id("roadmap-comm-status"))).selectByValue("DONE");
        driver.findElement(By.id("roadmap-communication-save")).click();
        await("done", d -> rows().size() == 1 && "DONE".equals(rows().get(0).getAttribute("data-status")));
        assertTrue(warningCodes().isEmpty());
        screenshot("communication-plan-nb");

        rows().get(0).findElement(By.cssSelector(".roadmap-communication-log")).click();
        await("logged", d -> rows().size() == 1 && !rows().get(0).findElements(By.cssSelector(".roadmap-comm-logged")).isEmpty());
        assertTrue(rows().get(0).findElements(By.cssSelector(".roadmap-communication-log")).isEmpty());

        // Visible in the stakeholder's contact log, once.
        driver.findElement(By.cssSelector(".roadmap-stakeholder-row .roadmap-stakeholder-contact")).click();
        await("contact log", d -> d.findElements(By.cssSelector("#roadmap-contact-dialog .roadmap-contact-agreed")).stream()
                .anyMatch(e -> e.getText().equals("Møte: Orientering før utprøving: mål, tid og forventet effektivitetstap")));
        assertEquals(1, driver.findElements(By.cssSelector("#roadmap-contact-dialog .roadmap-contact-agreed")).size());
        screenshot("communication-contact-log-nb");

        RestClient member = new RestClient(sandbox.baseUrl(), "member", "member");
        JsonNode plan = member.get("/initiatives/" + key + "/communications").body();
        long id = plan.get("communications").get(0).get("id").asLong();
        Reply again = member.post("/initiatives/" + key + "/communications/" + id + "/contact-log", "{}");
        assertEquals(409, again.status());
        assertEquals("roadmap.communication.error.alreadyLogged", again.body().get("errors").get(0).get("key").asText());
        assertNoRenderErrors();
    }

    @Test
    public void viewerSeesThePlanReadOnly() throws Exception {
        String[] records = initiativeWithStakeholder("Kommunikasjon for lesere");
        RestClient member = new RestClient(sandbox.baseUrl(), "member", "member");
        String hostile = "<img src=x onerror=alert(1)> \"Nyhetsbrev\" & 'pårørende'";
        assertEquals(201, member.post("/initiatives/" + records[0] + "/communications", "{\"audienceLevel\":\"USERS_AND_RELATIVES\","
                + "\"message\":\"" + hostile.replace("\"", "\\\"") + "\",\"channel\":\"NEWSLETTER\",\"date\":\"2027-01-10\"}").status());
        login("viewer", "viewer");
        open("/browse/" + records[0]);
        waitFor(By.id("roadmap-communication-table"));
        assertEquals(1, rows().size());
        assertEquals(hostile, rows().get(0).findElement(By.cssSelector(".roadmap-comm-message")).getText());
        assertEquals(List.of("LEVEL_NOT_REACHED"), warningCodes());
        for (String control : List.of("#roadmap-communication-add", ".roadmap-communication-edit", ".roadmap-communication-delete",
                ".roadmap-communication-log", "#roadmap-communication-dialog")) {
            assertTrue(control + " for a viewer", driver.findElements(By.cssSelector(control)).isEmpty());
        }
        assertNoRenderErrors();
    }
}
