package no.veikart.roadmap.browser;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 5 in Chromium: a member fills the anchoring tool of a new initiative through the panel's dialog (table, power/
 * interest grid, coverage, sorting, inline validation in Norwegian, user text shown as text, edit and delete), and a
 * viewer sees the same panel without any control to change it.
 */
public class StakeholderBrowserIT extends BrowserTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String XSS_NAME = "<img src=x onerror=alert(1)>Ola";
    private static RestClient member;

    /** Hides the parent's start: an empty sandbox (no demo data); DEMO is set up over REST. */
    @BeforeClass
    public static void startSandbox() throws IOException {
        startEmptySandbox(true);
        member = new RestClient(sandbox.baseUrl(), "member", "member");
    }

    @Test
    public void memberBuildsTheAnchoringPlanThroughThePanel() throws Exception {
        String key = createInitiative("Digitalt nattilsyn");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);

        login("member", "member");
        open("/browse/" + key);
        WebElement panel = waitFor(By.id("roadmap-stakeholders"));
        assertNoRenderErrors();
        WebElement empty = driver.findElement(By.id("roadmap-stakeholder-empty"));
        assertThat(empty.getText(), containsString("Who is affected by the change"));
        assertTrue(panel.findElements(By.id("roadmap-stakeholder-table")).isEmpty());
        assertEquals("/jira/rest/roadmap/1.0/export/stakeholders.csv?projects=DEMO".replace("/jira", contextPath()),
                driver.findElement(By.id("roadmap-stakeholder-export")).getDomAttribute("href"));
        showPanel();
        screenshot("stakeholder-01-empty");

        // A politician against the change with much influence, and a staff member whose contact is overdue.
        openAddDialog();
        fill("Kari Nordmann", "Politicians", "POLITICAL", "-1", "2", "5", "2", "CONSULT", "PLANNED");
        type("roadmap-sh-effect", "Decides the budget for night-time care");
        type("roadmap-sh-owner", "member");
        setDate("roadmap-sh-lastContact", today.minusDays(10));
        setDate("roadmap-sh-nextContact", today.plusDays(20));
        screenshot("stakeholder-02-add-dialog");
        save(1);

        openAddDialog();
        fill("Siri Hansen", "Employees", "STAFF", "1", "2", "2", "4", "INVOLVE", "");
        setDate("roadmap-sh-lastContact", today.minusDays(40));
        setDate("roadmap-sh-nextContact", today.minusDays(3));
        save(2);

        List<WebElement> rows = rows();
        assertEquals("Kari Nordmann", rows.get(0).findElement(By.cssSelector(".roadmap-sh-name")).getText());
        assertEquals("Siri Hansen", rows.get(1).findElement(By.cssSelector(".roadmap-sh-name")).getText());
        assertThat(rows.get(0).getText(), containsString("−1 → +2"));
        assertThat(rows.get(0).findElement(By.cssSelector(".roadmap-sh-gap")).getAttribute("class"),
                containsString("roadmap-sh-gap-high"));
        assertThat(rows.get(0).getAttribute("textContent"), containsString("Planned"));
        assertEquals("Overdue", rows.get(1).findElement(By.cssSelector(".roadmap-sh-overdue")).getAttribute("textContent"));
        List<WebElement> circles = driver.findElements(By.cssSelector("#roadmap-stakeholder-grid circle[data-stakeholder-id]"));
        assertEquals(2, circles.size());
        assertEquals("Kari Nordmann", circles.get(0).findElement(By.tagName("title")).getAttribute("textContent"));
        assertEquals("1", coverageCount("POLITICAL"));
        assertEquals("1", coverageCount("STAFF"));
        assertEquals("0", coverageCount("MIDDLE_MANAGEMENT"));
        assertTrue(driver.findElement(By.cssSelector(".roadmap-cov-row[data-level='MIDDLE_MANAGEMENT']"))
                .getAttribute("class").contains("roadmap-cov-gap"));
        String politicalNow = driver.findElement(
                By.cssSelector(".roadmap-cov-row[data-level='POLITICAL'] td[data-phase='ANCHORING']")).getAttribute("class");
        assertThat(politicalNow, containsString("roadmap-cov-PLANNED"));
        assertThat(politicalNow, containsString("roadmap-cov-current"));
        WebElement warnings = driver.findElement(By.id("roadmap-stakeholder-warnings"));
        assertThat(warnings.getText(), containsString("Kari Nordmann has a negative attitude (-1) and high influence (5)"));
        assertThat(warnings.getText(), containsString("Contact with Siri Hansen was due on"));
        assertNoRenderErrors();
        showPanel();
        screenshot("stakeholder-03-two-stakeholders");
        scrollTo(driver.findElement(By.id("roadmap-stakeholder-grid")));
        screenshot("stakeholder-04-grid-and-coverage");

        // Sorting in the browser: next contact puts the overdue one first; level restores the server's order.
        sortBy("next");
        assertEquals("Siri Hansen", rows().get(0).findElement(By.cssSelector(".roadmap-sh-name")).getText());
        sortBy("gap");
        assertEquals("Kari Nordmann", rows().get(0).findElement(By.cssSelector(".roadmap-sh-name")).getText());
        sortBy("next");
        sortBy("level");
        assertEquals("Kari Nordmann", rows().get(0).findElement(By.cssSelector(".roadmap-sh-name")).getText());
        assertEquals("ascending", driver.findElement(By.cssSelector("th[data-sort-column='level']")).getDomAttribute("aria-sort"));

        // Inline validation in the reader's language (Norwegian Bokmål): empty name, influence 9.
        new Select(driver.findElement(By.id("user-locale"))).selectByValue("nb");
        waiting(WAIT).until(d -> d.findElement(By.id("roadmap-stakeholders")).getText().contains("Forankring"));
        openAddDialog();
        fill("", "Ansatte", "MIDDLE_MANAGEMENT", "0", "1", "9", "3", "INFORM", "");
        driver.findElement(By.id("roadmap-stakeholder-save")).click();
        WebElement nameError = waitFor(By.cssSelector(".roadmap-sh-error[data-field='name']"));
        assertEquals("Navn må fylles ut.", nameError.getText());
        assertEquals("roadmap-sh-name-error", nameError.getDomAttribute("id"));
        WebElement influenceError = waitFor(By.cssSelector(".roadmap-sh-error[data-field='influence']"));
        assertEquals("Innflytelse må være mellom 1 og 5.", influenceError.getText());
        assertEquals("true", driver.findElement(By.id("roadmap-sh-influence")).getDomAttribute("aria-invalid"));
        assertFalse(driver.findElement(By.cssSelector(".roadmap-sh-error[data-field='group']")).isDisplayed());
        screenshot("stakeholder-05-validation-nb");
        driver.findElement(By.cssSelector("#roadmap-stakeholder-dialog .roadmap-sh-dialog-close")).click();
        waiting(WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id("roadmap-stakeholder-dialog")));
        assertEquals(2, rows().size());
        showPanel();
        screenshot("stakeholder-06-panel-nb");
        new Select(driver.findElement(By.id("user-locale"))).selectByValue("en");
        waiting(WAIT).until(d -> d.findElement(By.id("roadmap-stakeholders")).getText().contains("Power/interest grid"));

        // User text is text: markup in a name is shown literally and never becomes an element.
        openAddDialog();
        fill(XSS_NAME, "Users", "USERS_AND_RELATIVES", "0", "1", "1", "5", "INFORM", "");
        save(3);
        WebElement xssRow = driver.findElement(By.cssSelector("tr.roadmap-stakeholder-row[data-stakeholder-id='"
                + idOf(XSS_NAME) + "']"));
        assertEquals(XSS_NAME, xssRow.findElement(By.cssSelector(".roadmap-sh-name")).getText());
        assertEquals(XSS_NAME, xssRow.getDomAttribute("data-name"));
        assertTrue(driver.findElement(By.id("roadmap-stakeholders")).findElements(By.tagName("img")).isEmpty());
        assertNoAlert();
        showPanel();
        screenshot("stakeholder-07-markup-as-text");

        // Edit from the grid: the dialog is filled from GET …/{id}; the new status shows in table and coverage.
        driver.findElement(By.cssSelector("#roadmap-stakeholder-grid .roadmap-grid-point[data-stakeholder-id='"
                + idOf("Kari Nordmann") + "'] circle")).click();
        waitFor(By.id("roadmap-stakeholder-dialog"));
        waiting(WAIT).until(d -> "Kari Nordmann".equals(d.findElement(By.id("roadmap-sh-name")).getDomProperty("value")));
        assertEquals("Edit stakeholder", driver.findElement(By.id("roadmap-stakeholder-dialog-title")).getText());
        assertEquals("5", driver.findElement(By.id("roadmap-sh-influence")).getDomProperty("value"));
        assertEquals("PLANNED", new Select(driver.findElement(By.id("roadmap-sh-status"))).getFirstSelectedOption().getDomAttribute("value"));
        new Select(driver.findElement(By.id("roadmap-sh-status"))).selectByValue("ANCHORED");
        new Select(driver.findElement(By.id("roadmap-sh-attitude"))).selectByValue("1");
        screenshot("stakeholder-08-edit-dialog");
        save(3);
        WebElement kari = driver.findElement(By.cssSelector("tr.roadmap-stakeholder-row[data-stakeholder-id='"
                + idOf("Kari Nordmann") + "']"));
        assertThat(kari.getAttribute("textContent"), containsString("Anchored"));
        assertThat(kari.getText(), containsString("+1 → +2"));
        assertThat(driver.findElement(By.cssSelector(".roadmap-cov-row[data-level='POLITICAL'] td[data-phase='ANCHORING']"))
                .getAttribute("class"), containsString("roadmap-cov-ANCHORED"));

        // A stale edit is refused with the localised 409 text.
        driver.findElement(By.cssSelector("tr.roadmap-stakeholder-row[data-stakeholder-id='" + idOf("Siri Hansen")
                + "'] .roadmap-stakeholder-edit")).click();
        waiting(WAIT).until(d -> "Siri Hansen".equals(d.findElement(By.id("roadmap-sh-name")).getDomProperty("value")));
        changeOverRest("Siri Hansen");
        type("roadmap-sh-notes", "Met the union representative");
        driver.findElement(By.id("roadmap-stakeholder-save")).click();
        WebElement conflict = waitFor(By.cssSelector("#roadmap-stakeholder-dialog .roadmap-sh-form-error"));
        assertThat(conflict.getText(), containsString("Someone else changed this in the meantime"));
        screenshot("stakeholder-09-conflict");
        driver.findElement(By.cssSelector("#roadmap-stakeholder-dialog .roadmap-sh-dialog-close")).click();
        waiting(WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id("roadmap-stakeholder-dialog")));

        // Delete with confirmation.
        driver.findElement(By.cssSelector("tr.roadmap-stakeholder-row[data-stakeholder-id='" + idOf(XSS_NAME)
                + "'] .roadmap-stakeholder-delete")).click();
        WebElement confirm = waitFor(By.id("roadmap-stakeholder-delete-dialog"));
        assertEquals(XSS_NAME, confirm.findElement(By.cssSelector(".roadmap-sh-delete-name")).getText());
        screenshot("stakeholder-10-delete-confirm");
        driver.findElement(By.id("roadmap-stakeholder-delete-confirm")).click();
        waiting(WAIT).until(d -> d.findElements(By.cssSelector("tr.roadmap-stakeholder-row")).size() == 2);
        assertEquals(2, driver.findElements(By.cssSelector("#roadmap-stakeholder-grid circle[data-stakeholder-id]")).size());
        assertNoRenderErrors();
    }

    @Test
    public void viewerSeesThePanelWithoutControls() throws Exception {
        String key = createInitiative("Viewer check");
        Reply added = member.post("/initiatives/" + key + "/stakeholders", "{\"name\":\"Ola Normann\",\"group\":\"Politicians\","
                + "\"level\":\"POLITICAL\",\"attitude\":-2,\"desiredAttitude\":1,\"influence\":4,\"interest\":4,"
                + "\"involvement\":\"COLLABORATE\",\"statusByPhase\":{\"ANCHORING\":\"IN_DIALOGUE\"}}");
        assertEquals(added.body().toString(), 201, added.status());

        login("viewer", "viewer");
        open("/browse/" + key);
        waitFor(By.id("roadmap-stakeholders"));
        assertNoRenderErrors();
        assertEquals(1, rows().size());
        assertEquals(1, driver.findElements(By.cssSelector("#roadmap-stakeholder-grid circle[data-stakeholder-id]")).size());
        assertTrue(driver.findElements(By.id("roadmap-stakeholder-add")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector(".roadmap-stakeholder-edit, .roadmap-stakeholder-delete")).isEmpty());
        assertTrue(driver.findElements(By.id("roadmap-stakeholder-dialog")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector(".roadmap-grid-point[role='button']")).isEmpty());
        assertEquals("false", driver.findElement(By.id("roadmap-stakeholders")).getDomAttribute("data-editable"));
        rows().get(0).click();
        assertTrue(driver.findElements(By.cssSelector("[role='dialog']:not([hidden])")).isEmpty());
        assertTrue(driver.findElement(By.id("roadmap-stakeholder-export")).isDisplayed());
        showPanel();
        screenshot("stakeholder-11-viewer");

        // The phase issues show the initiative's anchoring too.
        String phaseKey = member.get("/initiatives/" + key).body().get("phases").get(0).get("key").asText();
        open("/browse/" + phaseKey);
        assertEquals(key, waitFor(By.id("roadmap-stakeholders")).getDomAttribute("data-initiative-key"));
        assertEquals(1, rows().size());
        assertNoRenderErrors();
    }

    // ----- helpers ----------------------------------------------------------------------------------------------------

    private static String createInitiative(String summary) throws IOException, InterruptedException {
        Reply created = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"" + summary + "\"}");
        assertEquals(created.body().toString(), 201, created.status());
        return created.body().get("key").asText();
    }

    private String contextPath() {
        return java.net.URI.create(sandbox.baseUrl()).getPath();
    }

    private void openAddDialog() {
        WebElement add = waitFor(By.id("roadmap-stakeholder-add"));
        scrollTo(add);
        add.click();
        waitFor(By.id("roadmap-sh-name"));
    }

    private void fill(String name, String group, String level, String attitude, String desired, String influence,
            String interest, String involvement, String status) {
        type("roadmap-sh-name", name);
        type("roadmap-sh-group", group);
        new Select(driver.findElement(By.id("roadmap-sh-level"))).selectByValue(level);
        new Select(driver.findElement(By.id("roadmap-sh-attitude"))).selectByValue(attitude);
        new Select(driver.findElement(By.id("roadmap-sh-desiredAttitude"))).selectByValue(desired);
        type("roadmap-sh-influence", influence);
        type("roadmap-sh-interest", interest);
        new Select(driver.findElement(By.id("roadmap-sh-involvement"))).selectByValue(involvement);
        new Select(driver.findElement(By.id("roadmap-sh-status"))).selectByValue(status);
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
    }

    /** Date inputs take keys in the browser's locale format; set the ISO value as a date picker would. */
    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                driver.findElement(By.id(id)), date.toString());
    }

    /** Saves the dialog and waits for the reloaded page to list {@code rows} stakeholders. */
    private void save(int expectedRows) {
        WebElement oldPanel = driver.findElement(By.id("roadmap-stakeholders"));
        driver.findElement(By.id("roadmap-stakeholder-save")).click();
        waiting(WAIT).until(ExpectedConditions.stalenessOf(oldPanel));
        waiting(WAIT).until(d -> d.findElements(By.cssSelector("tr.roadmap-stakeholder-row")).size() == expectedRows);
        assertNoRenderErrors();
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#roadmap-stakeholder-table tbody tr.roadmap-stakeholder-row"));
    }

    private String idOf(String name) {
        for (WebElement row : rows()) {
            if (name.equals(row.getDomAttribute("data-name"))) {
                return row.getDomAttribute("data-stakeholder-id");
            }
        }
        fail("no row for " + name);
        return null;
    }

    private String coverageCount(String level) {
        return driver.findElement(By.cssSelector(".roadmap-cov-row[data-level='" + level + "'] .roadmap-cov-count"))
                .getDomAttribute("data-count");
    }

    private void sortBy(String key) {
        driver.findElement(By.cssSelector(".roadmap-sh-sort[data-sort='" + key + "']")).click();
    }

    /** Another user's change in the meantime: bumps the stakeholder's version behind the open dialog. */
    private void changeOverRest(String name) throws IOException, InterruptedException {
        String key = driver.findElement(By.id("roadmap-stakeholders")).getDomAttribute("data-initiative-key");
        String id = idOf(name);
        ObjectNode current = (ObjectNode) member.get("/initiatives/" + key + "/stakeholders/" + id).body();
        current.put("notes", "Changed elsewhere");
        Reply changed = member.put("/initiatives/" + key + "/stakeholders/" + id, current.toString());
        assertEquals(changed.body().toString(), 200, changed.status());
    }

    private void assertNoAlert() {
        try {
            driver.switchTo().alert();
            fail("an alert was opened: user text ran as script");
        } catch (NoAlertPresentException expected) {
            // text stayed text
        }
    }

    private void showPanel() {
        scrollTo(driver.findElement(By.id("roadmap-stakeholder-panel")));
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }
}
