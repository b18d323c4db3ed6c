package no.veikart.roadmap.browser;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 6, the "Gains" custom field in Chromium on the demo data: DEMO-1 (Kerteminde DigiRehab) shows the field under
 * Details as one summary line (gains, mean % realised, worst status, next measurement) with a link to the gains panel,
 * which has the cards, charts and dialogs (issue 14: not shown twice); the issue navigator shows the column view; a
 * phase issue shows the panel but not the field.
 */
public class GainFieldBrowserIT extends BrowserTestSupport {

    @Test
    public void memberSeesTheSummaryLineAndReachesThePanelThroughItsLink() throws Exception {
        login("member", "member");
        open("/browse/DEMO-1");
        WebElement field = field();
        assertNoRenderErrors();
        // Hours: 13 600 measured against 15 000 → 13 650 = 103.7 % (counted 100); quality: 3.4 against 2.8 → 3.5 = 85.7 %,
        // below plan after the target date. Mean 92.9 %, worst status at risk, next measurement the earliest of the gains'
        // (the demo's dates count from the day it loads, so REST says which day that is).
        assertEquals("2 gains", field.findElement(By.cssSelector(".roadmap-gain-field-count")).getText());
        assertEquals("92.9% realised", field.findElement(By.cssSelector(".roadmap-gain-field-percent")).getText());
        WebElement status = field.findElement(By.cssSelector(".roadmap-gain-field-status"));
        assertEquals("AT_RISK", status.getDomAttribute("data-status"));
        assertEquals("At risk", status.getAttribute("textContent"));
        assertThat(status.getDomAttribute("class"), containsString("aui-lozenge"));
        WebElement next = field.findElement(By.cssSelector(".roadmap-gain-field-next"));
        assertEquals(earliestNextMeasurement("DEMO-1"), next.getDomAttribute("data-date"));
        assertThat(next.getText(), containsString("next measurement "));
        // overdue is marked exactly when that day has passed (the demo's dates move with the day it loaded)
        boolean overdue = java.time.LocalDate.parse(next.getDomAttribute("data-date")).isBefore(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        assertEquals(overdue, field.findElements(By.cssSelector(".roadmap-gain-field-summary .roadmap-gain-overdue")).stream()
                .anyMatch(WebElement::isDisplayed));
        assertTrue("no cards, charts or controls in the field", field.findElements(By.cssSelector(
                "svg, .roadmap-gain-field-card, .roadmap-gain-add, .roadmap-gain-measure")).isEmpty());
        scrollTo(field);
        screenshot("gain-field-01-demo");

        field.findElement(By.cssSelector("a.roadmap-gain-field-link")).click();
        assertThat(driver.getCurrentUrl(), containsString("#roadmap-gains"));
        WebElement panel = driver.findElement(By.id("roadmap-gains"));
        assertTrue(panel.isDisplayed());
        assertEquals(2, panel.findElements(By.cssSelector(".roadmap-gain-card")).size());

        // The issue navigator shows the column view.
        open("/issues/?jql=project%20%3D%20DEMO");
        WebElement header = waitFor(By.cssSelector("#issuetable thead"));
        assertThat(header.getText(), containsString("Gains"));
        WebElement column = driver.findElement(By.cssSelector("tr.issuerow[data-issuekey='DEMO-1'] .roadmap-gain-column"));
        // textContent: AUI writes lozenges in capitals.
        assertEquals("2 gains · 92.9% · At risk", column.getAttribute("textContent").strip());
        assertEquals("AT_RISK", column.getDomAttribute("data-status"));
        assertNoRenderErrors();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", column);
        screenshot("gain-field-02-navigator");
    }

    @Test
    public void viewerSeesTheSameLineAndPhaseIssuesOnlyThePanel() {
        login("viewer", "viewer");
        open("/browse/DEMO-1");
        WebElement field = field();
        assertNoRenderErrors();
        assertThat(field.findElement(By.cssSelector(".roadmap-gain-field-percent")).getText(), containsString("% realised"));
        assertTrue(field.findElements(By.cssSelector(".roadmap-gain-add, .roadmap-gain-measure, [role='dialog']")).isEmpty());

        // A phase issue of DEMO-1 shows the gains panel, but the field belongs to the initiative.
        String phase = driver.findElement(By.cssSelector("#linkingmodule .issue-link")).getDomAttribute("data-issue-key");
        open("/browse/" + phase);
        waitFor(By.id("roadmap-gains"));
        assertFalse(driver.findElements(By.cssSelector(".roadmap-gain-field")).stream().anyMatch(WebElement::isDisplayed));
        assertNoRenderErrors();
    }

    /** The Gains field under Details. */
    private WebElement field() {
        WebElement field = waitFor(By.cssSelector("#customfieldmodule .roadmap-gain-field"));
        assertTrue(field.getDomAttribute("id").startsWith("roadmap-gainfield-"));
        return field;
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    private static String earliestNextMeasurement(String key) throws Exception {
        com.fasterxml.jackson.databind.JsonNode gains = new no.veikart.roadmap.testsupport.RestClient(sandbox.baseUrl(),
                "member", "member").get("/initiatives/" + key + "/gains").body().get("gains");
        java.util.List<String> dues = new java.util.ArrayList<>();
        gains.forEach(g -> dues.add(g.get("nextMeasurementDue").asText()));
        return dues.stream().sorted().findFirst().orElseThrow();
    }
}
