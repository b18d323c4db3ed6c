package no.veikart.roadmap.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import no.veikart.roadmap.sandbox.jira.UserProfiles;
import no.veikart.roadmap.testsupport.RestClient;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 16 in Chromium, in Norwegian: a member builds a HUKI matrix in the grid editor by mouse and keyboard (cells
 * cycle H → U → K → I → empty, arrow keys move), sees two principals flagged inline and the server's answer, saves it
 * with real ids; a second save from a stale page keeps the edits and says so; a viewer sees the grid without controls.
 */
public class RolesBrowserIT extends BrowserTestSupport {

    private String initiative() throws Exception {
        RestClient member = new RestClient(sandbox.baseUrl(), "member", "member");
        return member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"HUKI i nettleseren\"}").body().get("key").asText();
    }

    private WebElement cell(int row, int col) {
        return driver.findElement(By.cssSelector("#roadmap-roles-grid .roadmap-roles-cellbtn[data-row='" + row + "'][data-col='" + col + "']"));
    }


    private void typeName(String selector, int index, String text) {
        List<WebElement> inputs = driver.findElements(By.cssSelector("#roadmap-roles-grid " + selector + " .roadmap-roles-name"));
        inputs.get(index).sendKeys(text);
    }

    @Test
    public void memberEditsTheGridByMouseAndKeyboardInNorwegian() throws Exception {
        sandbox.component(UserProfiles.class).setLanguage(sandbox.user("member"), "nb");
        String key = initiative();
        login("member", "member");
        open("/browse/" + key);
        waitFor(By.id("roadmap-roles-add-procedure")).click();
        typeName(".roadmap-roles-procedure", 0, "Visitasjon");
        driver.findElement(By.id("roadmap-roles-add-procedure")).click();
        typeName(".roadmap-roles-procedure", 1, "Ukentlig trening");
        driver.findElement(By.id("roadmap-roles-add-actor")).click();
        typeName(".roadmap-roles-actor", 0, "Terapeut");
        driver.findElement(By.id("roadmap-roles-add-actor")).click();
        typeName(".roadmap-roles-actor", 1, "Teamleder");

        // Mouse: one click is H (Norwegian letters), a second U.
        cell(0, 0).click();
        assertEquals("H", cell(0, 0).getText());
        cell(0, 1).click();
        cell(0, 1).click();
        assertEquals("U", cell(0, 1).getText());
        // Keyboard: arrow down from (0,0), Space gives H; right, Enter twice gives U… Enter five times is empty again.
        cell(0, 0).sendKeys(Keys.ARROW_DOWN);
        assertEquals("1", driver.switchTo().activeElement().getAttribute("data-row"));
        driver.switchTo().activeElement().sendKeys(Keys.SPACE);
        assertEquals("H", cell(1, 0).getText());
        cell(1, 0).sendKeys(Keys.ARROW_RIGHT);
        WebElement active = driver.switchTo().activeElement();
        assertEquals("1", active.getAttribute("data-col"));
        for (String expected : List.of("H", "U", "K", "I", "")) {
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            assertEquals(expected, cell(1, 1).getText());
        }
        // Two principals on "Ukentlig trening": flagged inline before anything is sent.
        cell(1, 1).click();
        await("inline two-principals error", d -> d.findElements(By.cssSelector(
                "#roadmap-roles-grid .roadmap-roles-field-error[data-field='procedures[1]']")).stream().anyMatch(WebElement::isDisplayed));
        driver.findElement(By.id("roadmap-roles-save")).click();
        assertTrue(driver.findElement(By.id("roadmap-roles-error")).isDisplayed());
        // Teamleder becomes U (H → U), then the matrix saves.
        cell(1, 1).click();
        driver.findElement(By.id("roadmap-roles-save")).click();
        await("saved", d -> "Lagret.".equals(d.findElement(By.id("roadmap-roles-status")).getText()));
        screenshot("roles-editor-nb");

        RestClient viewer = new RestClient(sandbox.baseUrl(), "viewer", "viewer");
        JsonNode stored = viewer.get("/initiatives/" + key + "/roles").body();
        assertEquals(1, stored.get("version").asLong());
        assertTrue(stored.get("valid").asBoolean());
        assertEquals(4, stored.get("cells").size());
        stored.get("procedures").forEach(p -> assertTrue(p.get("id").asLong() > 0));
        assertEquals("Ukentlig trening", stored.get("procedures").get(1).get("name").asText());

        // Someone else saves meanwhile: this page's next save is a 409, and its edits stay on screen.
        RestClient admin = new RestClient(sandbox.baseUrl(), "admin", "admin");
        assertEquals(200, admin.put("/initiatives/" + key + "/roles", "{\"version\":1,\"procedures\":[],\"actors\":[],\"cells\":[]}").status());
        typeName(".roadmap-roles-procedure", 0, " og vurdering");
        driver.findElement(By.id("roadmap-roles-save")).click();
        await("stale", d -> d.findElement(By.id("roadmap-roles-error")).isDisplayed()
                && d.findElements(By.id("roadmap-roles-reload")).size() == 1);
        assertEquals("Visitasjon og vurdering", driver.findElements(By.cssSelector(
                "#roadmap-roles-grid .roadmap-roles-procedure .roadmap-roles-name")).get(0).getAttribute("value"));
        assertNoRenderErrors();
    }

    @Test
    public void viewerSeesTheGridWithoutControls() throws Exception {
        String key = initiative();
        RestClient member = new RestClient(sandbox.baseUrl(), "member", "member");
        assertEquals(200, member.put("/initiatives/" + key + "/roles", "{\"version\":0,\"procedures\":[{\"id\":-1,\"name\":\"<b>Visitasjon</b>\"}],"
                + "\"actors\":[{\"id\":-2,\"name\":\"Terapeut\",\"kind\":\"ROLE\"}],"
                + "\"cells\":[{\"procedureId\":-1,\"actorId\":-2,\"role\":\"EXECUTES\"}]}").status());
        login("viewer", "viewer");
        open("/browse/" + key);
        WebElement table = waitFor(By.id("roadmap-roles-table"));
        assertEquals("<b>Visitasjon</b>", table.findElement(By.cssSelector(".roadmap-roles-procedure")).getText());
        assertEquals("R", table.findElement(By.cssSelector(".roadmap-roles-cell abbr")).getText());
        assertTrue(driver.findElements(By.id("roadmap-roles-save")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("#roadmap-roles-grid .roadmap-roles-cellbtn")).isEmpty());
        assertFalse(driver.findElement(By.id("roadmap-roles-warnings")).getText().isEmpty());
        assertNoRenderErrors();
    }
}
