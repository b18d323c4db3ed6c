package no.veikart.roadmap.browser;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.endsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * GDPR in the anchoring panel: the edit dialog offers "Export personal data" (a download of GET …/personal-data) and
 * "Erase personal data", which asks first in its own dialog and then shows the stakeholder as erased.
 */
public class PersonalDataBrowserIT extends BrowserTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    public void memberExportsAndErasesAStakeholdersPersonalData() throws Exception {
        RestClient member = new RestClient(sandbox.baseUrl(), "member", "member");
        String key = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Trygghetsalarm\"}").body().get("key").asText();
        Reply created = member.post("/initiatives/" + key + "/stakeholders", "{\"name\":\"Per Persen\",\"group\":\"Pårørende\","
                + "\"level\":\"USERS_AND_RELATIVES\",\"effect\":\"Får varsler om natten\",\"attitude\":-1,\"desiredAttitude\":1,"
                + "\"influence\":2,\"interest\":5,\"involvement\":\"CONSULT\",\"notes\":\"Ring etter kl. 16\"}");
        assertEquals(created.body().toString(), 201, created.status());
        String id = created.body().get("id").asText();

        login("member", "member");
        open("/browse/" + key);
        waitFor(By.id("roadmap-stakeholders"));
        assertNoRenderErrors();
        By row = By.cssSelector("tr.roadmap-stakeholder-row[data-stakeholder-id='" + id + "']");
        driver.findElement(row).findElement(By.cssSelector(".roadmap-stakeholder-edit")).click();
        waitFor(By.id("roadmap-stakeholder-dialog"));
        waiting(WAIT).until(d -> "Per Persen".equals(d.findElement(By.id("roadmap-sh-name")).getDomProperty("value")));

        WebElement export = waitFor(By.id("roadmap-stakeholder-personal-export"));
        assertEquals("Export personal data", export.getText().trim());
        assertThat(export.getDomProperty("href"), endsWith("/rest/roadmap/1.0/initiatives/" + key + "/stakeholders/" + id + "/personal-data"));
        // The link's target, fetched with the browser's session: the person's data as JSON.
        Object json = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text(); }).then(done);",
                export.getDomProperty("href"));
        assertThat(String.valueOf(json), containsString("\"notes\":\"Ring etter kl. 16\""));
        screenshot("personal-data-01-edit-dialog");

        driver.findElement(By.id("roadmap-stakeholder-dialog-erase")).click();
        WebElement confirm = waitFor(By.id("roadmap-stakeholder-erase-dialog"));
        assertEquals("Per Persen", confirm.findElement(By.cssSelector(".roadmap-sh-erase-name")).getText());
        assertThat(confirm.getText(), containsString("This cannot be undone."));
        screenshot("personal-data-02-erase-confirm");
        driver.findElement(By.id("roadmap-stakeholder-erase-confirm")).click();

        waiting(WAIT).until(ExpectedConditions.textToBe(
                By.cssSelector("tr.roadmap-stakeholder-row[data-stakeholder-id='" + id + "'] .roadmap-sh-name"), "Personal data erased"));
        assertNoRenderErrors();
        assertFalse(driver.findElement(By.id("roadmap-stakeholders")).getText().contains("Per Persen"));
        screenshot("personal-data-03-erased");

        // Already erased: the dialog still exports (what is left), but offers no second erasure.
        driver.findElement(row).findElement(By.cssSelector(".roadmap-stakeholder-edit")).click();
        waitFor(By.id("roadmap-stakeholder-dialog"));
        waiting(WAIT).until(d -> d.findElement(By.id("roadmap-stakeholder-personal-export")).isDisplayed());
        assertFalse(driver.findElement(By.id("roadmap-stakeholder-dialog-erase")).isDisplayed());
        assertTrue(driver.findElement(By.id("roadmap-stakeholder-dialog-delete")).isDisplayed());
    }
}
