package no.veikart.roadmap.browser;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.testsupport.RestClient;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 19 in Chromium on the demo: the printable political summary per unit (screen and print media, English and
 * Norwegian), the unit picker on the status report panel, and the cadence form's localised error naming the field.
 */
public class ReportingBrowserIT extends BrowserTestSupport {

    @Test
    public void politicalSummaryListsInitiativesPerUnitAndPrintsWithoutJirasFrame() {
        login("admin", "admin");
        open("/plugins/servlet/roadmap/report?projects=DEMO,HELSE,SKOLE");
        // the profile language is the user's: another test of this class may have left it in Norwegian
        new Select(waitFor(By.id("user-locale"))).selectByValue("en");
        WebElement page = waitFor(By.id("roadmap-summary-page"));
        List<String> units = driver.findElements(By.cssSelector(".roadmap-summary-unit h2")).stream().map(WebElement::getText)
                .toList();
        assertTrue("units: " + units, units.contains("Helse og omsorg / Hjemmetjenesten"));
        assertTrue("units: " + units, units.contains("Oppvekst og utdanning / Grunnskolen"));
        assertTrue("units: " + units, units.contains("Stab og støtte / Digitalisering og IKT"));
        List<WebElement> rows = driver.findElements(By.cssSelector(".roadmap-summary-row"));
        assertTrue("the demo has 20 initiatives: " + rows.size(), rows.size() >= 20);
        assertThat(page.getText(), containsString("Next phase:"));
        assertThat(page.getText(), containsString("Latest status report"));
        // published demo reports show their lights; the others an overdue line once the 5th working day has passed
        assertTrue(!driver.findElements(By.cssSelector(".roadmap-light-green, .roadmap-light-amber")).isEmpty());
        assertNoRenderErrors();
        screenshot("reporting-summary");

        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        WebElement button = driver.findElement(By.cssSelector(".roadmap-summary-page .roadmap-no-print"));
        assertEquals("none", button.getCssValue("display"));
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        new Select(driver.findElement(By.id("user-locale"))).selectByValue("nb");
        WebElement norwegian = waitFor(By.id("roadmap-summary-page"));
        assertThat(norwegian.getText(), containsString("Politisk oppsummering av porteføljen"));
        assertThat(norwegian.getText(), containsString("Neste fase:"));
        assertNoRenderErrors();
    }

    @Test
    public void editorSetsTheUnitOnTheStatusReportPanel() throws Exception {
        login("member", "member");
        open("/browse/DEMO-1");
        WebElement select = waitFor(By.id("roadmap-report-unit-select"));
        Select units = new Select(select);
        assertEquals("Helse og omsorg / Hjemmetjenesten", units.getFirstSelectedOption().getText());
        units.selectByVisibleText("Helse og omsorg / Sykehjem");
        driver.findElement(By.id("roadmap-report-unit-save")).click();
        waiting(java.time.Duration.ofSeconds(15))
                .until(d -> !d.findElement(By.id("roadmap-report-unit-status")).getText().isEmpty());
        JsonNode unit = new RestClient(sandbox.baseUrl(), "member", "member").get("/initiatives/DEMO-1/unit").body();
        assertEquals("Sykehjem", unit.get("department").asText());
        assertEquals(2, unit.get("version").asLong());
        // the page keeps the version the save answered, so its next save is not refused as stale
        driver.findElement(By.id("roadmap-report-unit-save")).click();
        waiting(java.time.Duration.ofSeconds(15)).until(d -> {
            try {
                return new RestClient(sandbox.baseUrl(), "member", "member").get("/initiatives/DEMO-1/unit").body()
                        .get("version").asLong() == 3;
            } catch (Exception e) {
                return false;
            }
        });
        assertTrue(browserErrors().isEmpty());
    }

    @Test
    public void cadenceFormNamesTheFieldInTheReadersLanguage() {
        login("admin", "admin");
        open("/plugins/servlet/roadmap/reporting-admin");
        WebElement row = waitFor(By.cssSelector("tr[data-project='SKOLE']"));
        WebElement day = row.findElement(By.name("dueWorkingDay"));
        // the browser's own min/max check would stop the form first; the server's rule is the one under test
        ((JavascriptExecutor) driver).executeScript("arguments[0].removeAttribute('min'); arguments[0].removeAttribute('max');"
                + "arguments[0].value = '30';", day);
        row.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement error = waitFor(By.cssSelector(".roadmap-reporting-admin .roadmap-error"));
        assertEquals("Due on working day must be between 1 and 23.", error.getText());

        new Select(driver.findElement(By.id("user-locale"))).selectByValue("nb");
        WebElement skole = waitFor(By.cssSelector("tr[data-project='SKOLE']"));
        WebElement nbDay = skole.findElement(By.name("dueWorkingDay"));
        nbDay.clear();
        nbDay.sendKeys("3");
        skole.findElement(By.cssSelector("button[type='submit']")).click();
        assertThat(waitFor(By.cssSelector(".roadmap-reporting-admin .roadmap-message")).getText(),
                containsString("Rapporter i SKOLE har nå frist på virkedag 3."));
        assertNoRenderErrors();
    }
}
