package no.veikart.roadmap.browser;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 6, the "Gains" custom field in Chromium on the demo data: DEMO-1 (Kerteminde DigiRehab) shows the field under
 * Details with each gain's % realised, status lozenge, next measurement and chart; a member records a measurement
 * through the field's own dialog and sees % realised change in the field (the gains panel on the same page keeps
 * working with its own ids); a viewer sees the field without controls; the issue navigator shows the column view.
 */
public class GainFieldBrowserIT extends BrowserTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String HOURS_GAIN = "Færre plejetimer efter digital træning";

    @Test
    public void memberSeesTheGainsFieldAndRecordsAMeasurementThroughIt() {
        login("member", "member");
        open("/browse/DEMO-1");
        WebElement field = field();
        assertNoRenderErrors();
        assertEquals("true", field.getDomAttribute("data-editable"));
        // Hours: 13 600 measured against 15 000 → 13 650 = 103.7 % (counted 100); quality: 3.4 against 2.8 → 3.5 = 85.7 %,
        // below plan after the target date. Mean 92.9 %, worst status at risk, next measurement (hours) 31 Jan 2022.
        assertEquals("2 gains", field.findElement(By.cssSelector(".roadmap-gain-field-count")).getText());
        assertEquals("92.9% realised", field.findElement(By.cssSelector(".roadmap-gain-field-percent")).getText());
        WebElement status = field.findElement(By.cssSelector(".roadmap-gain-field-status"));
        assertEquals("AT_RISK", status.getDomAttribute("data-status"));
        assertEquals("At risk", status.getAttribute("textContent"));
        assertThat(status.getDomAttribute("class"), containsString("aui-lozenge"));
        WebElement next = field.findElement(By.cssSelector(".roadmap-gain-field-next"));
        assertEquals("2022-01-31", next.getDomAttribute("data-date"));
        assertThat(next.getText(), containsString("next measurement "));
        assertThat(next.getText(), containsString("2022"));
        assertTrue(field.findElement(By.cssSelector(".roadmap-gain-field-summary .roadmap-gain-overdue")).isDisplayed());
        assertEquals(2, cards(field).size());
        WebElement hours = card(field, HOURS_GAIN);
        assertEquals("103.7%", hours.findElement(By.cssSelector(".roadmap-gain-percent")).getText());
        assertEquals("REALISED", hours.findElement(By.cssSelector(".roadmap-gain-status")).getDomAttribute("data-status"));
        assertEquals("2022-01-31", hours.findElement(By.cssSelector(".roadmap-gain-next")).getDomAttribute("data-date"));
        assertEquals(12, hours.findElements(By.cssSelector("svg .roadmap-gain-actual-point")).size());
        assertEquals(1, hours.findElements(By.cssSelector("svg polyline.roadmap-gain-planned")).size());
        assertTrue("the gains panel is on the same page", driver.findElement(By.id("roadmap-gains")).isDisplayed());
        scrollTo(field);
        screenshot("gain-field-01-demo");

        // Record a measurement through the field: halfway from baseline to target, today.
        String root = field.getDomAttribute("id");
        hours.findElement(By.cssSelector(".roadmap-gain-measure")).click();
        WebElement dialog = waitFor(By.id(root + "-gain-measure-dialog"));
        assertEquals(HOURS_GAIN, dialog.findElement(By.cssSelector(".roadmap-gain-measure-name")).getText());
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), driver.findElement(By.id(root + "-gm-date")).getDomProperty("value"));
        assertTrue("the panel's dialog stays closed", driver.findElements(By.cssSelector("#roadmap-gain-measure-dialog"))
                .stream().noneMatch(WebElement::isDisplayed));
        driver.findElement(By.id(root + "-gm-value")).sendKeys("no number");
        driver.findElement(By.id(root + "-gain-measure-save")).click();
        WebElement error = waitFor(By.cssSelector("#" + root + "-gain-measure-dialog .roadmap-gain-error[data-field='value']"));
        assertEquals("Value must be a number.", error.getText());
        WebElement value = driver.findElement(By.id(root + "-gm-value"));
        value.clear();
        value.sendKeys("14325");
        driver.findElement(By.id(root + "-gm-comment")).sendKeys("Måling registreret i feltet");
        screenshot("gain-field-02-measure-dialog");
        driver.findElement(By.id(root + "-gain-measure-save")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(field));

        field = field();
        assertNoRenderErrors();
        hours = card(field, HOURS_GAIN);
        // (15 000 − 14 325) / (15 000 − 13 650) = 50 %: the mean falls to (50 + 85.7) / 2 = 67.9 %.
        assertEquals("50%", hours.findElement(By.cssSelector(".roadmap-gain-percent")).getText());
        assertEquals("67.9% realised", field.findElement(By.cssSelector(".roadmap-gain-field-percent")).getText());
        assertEquals(13, hours.findElements(By.cssSelector("svg .roadmap-gain-actual-point")).size());
        assertThat(hours.findElement(By.cssSelector(".roadmap-gain-latest")).getText(), containsString("14,325 h"));
        assertEquals("the panel shows the same measurement", "50%", driver.findElement(By.cssSelector(
                "#roadmap-gain-list .roadmap-gain-card[data-title='" + HOURS_GAIN + "'] .roadmap-gain-percent")).getText());
        scrollTo(field);
        screenshot("gain-field-03-measured");

        // The issue navigator shows the column view.
        open("/issues/?jql=project%20%3D%20DEMO");
        WebElement header = waitFor(By.cssSelector("#issuetable thead"));
        assertThat(header.getText(), containsString("Gains"));
        WebElement column = driver.findElement(By.cssSelector("tr.issuerow[data-issuekey='DEMO-1'] .roadmap-gain-column"));
        // textContent: AUI writes lozenges in capitals.
        assertEquals("2 gains · 67.9% · At risk", column.getAttribute("textContent").strip());
        assertEquals("AT_RISK", column.getDomAttribute("data-status"));
        assertNoRenderErrors();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", column);
        screenshot("gain-field-04-navigator");
    }

    @Test
    public void viewerSeesTheFieldWithoutControls() {
        login("viewer", "viewer");
        open("/browse/DEMO-1");
        WebElement field = field();
        assertNoRenderErrors();
        assertEquals("false", field.getDomAttribute("data-editable"));
        assertEquals(2, cards(field).size());
        assertThat(field.findElement(By.cssSelector(".roadmap-gain-field-percent")).getText(), containsString("% realised"));
        assertTrue(field.findElements(By.cssSelector(".roadmap-gain-add, .roadmap-gain-measure, [role='dialog']")).isEmpty());
        scrollTo(field);
        screenshot("gain-field-05-viewer");

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

    private static List<WebElement> cards(WebElement field) {
        return field.findElements(By.cssSelector(".roadmap-gain-field-card"));
    }

    private static WebElement card(WebElement field, String title) {
        for (WebElement card : cards(field)) {
            if (title.equals(card.getDomAttribute("data-title"))) {
                return card;
            }
        }
        fail("no gain titled " + title);
        return null;
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }
}
