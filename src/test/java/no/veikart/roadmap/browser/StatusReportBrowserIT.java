package no.veikart.roadmap.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import no.veikart.roadmap.sandbox.jira.UserProfiles;
import no.veikart.roadmap.testsupport.RestClient;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 19 in Chromium, in Norwegian: a member opens a new status report with each light prefilled as suggested and
 * the reason beside it, sets anchoring better than suggested and is told inline that a comment is needed, adds the
 * comment, saves the draft, publishes it; the history shows it published; a viewer reads it without the form.
 */
public class StatusReportBrowserIT extends BrowserTestSupport {


    @Test
    public void memberDraftsAndPublishesAReportViewerReadsIt() throws Exception {
        sandbox.component(UserProfiles.class).setLanguage(sandbox.user("member"), "nb");
        RestClient member = new RestClient(sandbox.baseUrl(), "member", "member");
        String key = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Statusrapport i nettleseren\"}")
                .body().get("key").asText();
        login("member", "member");
        open("/browse/" + key);
        WebElement anchoring = waitFor(By.id("roadmap-report-anchoring"));
        assertEquals("no stakeholders: red suggested and preselected", "RED", new Select(anchoring).getFirstSelectedOption()
                .getAttribute("value"));
        String suggested = anchoring.findElement(By.xpath("following-sibling::span[@class='roadmap-reports-suggested']")).getText();
        assertTrue(suggested, suggested.contains("Forslag") && suggested.contains("Rød"));

        new Select(anchoring).selectByValue("GREEN");
        new Select(driver.findElement(By.id("roadmap-report-risks"))).selectByValue("AMBER");
        driver.findElement(By.id("roadmap-reports-save")).click();
        await("inline comment error", d -> d.findElements(By.cssSelector(".roadmap-reports-error[data-field='comment']")).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().contains("kommentar")));
        assertEquals("true", driver.findElement(By.id("roadmap-report-comment")).getAttribute("aria-invalid"));
        screenshot("status-report-override");

        driver.findElement(By.id("roadmap-report-comment")).sendKeys("Rådmannen er orientert muntlig");
        driver.findElement(By.id("roadmap-reports-save")).click();
        await("draft saved and shown in the history", d -> d.findElements(By.cssSelector(
                "#roadmap-reports-history .roadmap-reports-row[data-state='DRAFT']")).size() == 1);
        waitFor(By.id("roadmap-reports-publish")).click();
        await("published in the history", d -> d.findElements(By.cssSelector(
                "#roadmap-reports-history .roadmap-reports-row[data-state='PUBLISHED']")).size() == 1);
        WebElement row = driver.findElement(By.cssSelector("#roadmap-reports-history .roadmap-reports-row"));
        assertTrue(row.getText(), row.getText().contains("Rådmannen er orientert muntlig"));
        assertTrue(row.getText(), row.getText().contains("Publisert av"));
        assertEquals("published once: the form is a new report again", "0",
                driver.findElement(By.id("roadmap-status-reports")).getAttribute("data-form-id"));
        assertNoRenderErrors();
        screenshot("status-report-published");

        login("viewer", "viewer");
        open("/browse/" + key);
        WebElement panel = waitFor(By.id("roadmap-status-reports"));
        assertEquals("false", panel.getAttribute("data-editable"));
        assertFalse(driver.findElements(By.id("roadmap-reports-form")).size() > 0);
        List<WebElement> rows = driver.findElements(By.cssSelector("#roadmap-reports-history .roadmap-reports-row"));
        assertEquals(1, rows.size());
    }
}
