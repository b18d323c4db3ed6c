package no.veikart.roadmap.browser;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 6 in Chromium: a member plans a time gain of a new initiative through the gain panel (inline validation, the
 * first measurement moves % realised from "–" to 50%, the chart gets its measured point, the economics turn saved hours
 * into money, NPV and payback), user text stays text, a gain is edited and deleted; a viewer sees the same panel
 * without any control to change it.
 */
public class GainBrowserIT extends BrowserTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String XSS_TITLE = "<script>alert(1)</script>";
    private static final LocalDate BASELINE_DATE = LocalDate.of(2026, 1, 1);
    private static final LocalDate TARGET_DATE = LocalDate.of(2026, 12, 31);
    private static RestClient member;

    /** Hides the parent's start: an empty sandbox (no demo data); DEMO is set up over REST. */
    @BeforeClass
    public static void startSandbox() throws IOException {
        startEmptySandbox(true);
        member = new RestClient(sandbox.baseUrl(), "member", "member");
    }

    @Test
    public void memberPlansMeasuresAndValuesAGainThroughThePanel() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long sinceBaseline = ChronoUnit.DAYS.between(BASELINE_DATE, today);
        Assume.assumeTrue("the measurement needs a date between the baseline date and today", sinceBaseline >= 2);
        LocalDate measuredOn = BASELINE_DATE.plusDays(Math.min(sinceBaseline / 2, 180));
        String key = createInitiative("Digital hjemmetrening");

        login("member", "member");
        open("/browse/" + key);
        waitFor(By.id("roadmap-gains"));
        assertNoRenderErrors();
        WebElement empty = driver.findElement(By.id("roadmap-gain-empty"));
        assertThat(empty.getText(), containsString("Cost savings"));
        assertThat(empty.getText(), containsString("Measure each gain against a baseline"));
        assertTrue(driver.findElements(By.id("roadmap-gain-list")).isEmpty());
        assertTrue(driver.findElement(By.id("roadmap-gain-economics-hint")).isDisplayed());
        assertEquals(contextPath() + "/rest/roadmap/1.0/export/gains.csv?projects=DEMO",
                driver.findElement(By.id("roadmap-gain-export")).getDomAttribute("href"));
        showPanel();
        screenshot("gain-01-empty");

        // Add a time gain: the type suggests hours; a non-number and then a target equal to the baseline are refused
        // next to the target value field, in English.
        openAddDialog();
        new Select(driver.findElement(By.id("roadmap-gain-type"))).selectByValue("TIME");
        assertEquals("HOURS", new Select(driver.findElement(By.id("roadmap-gain-unit"))).getFirstSelectedOption().getDomAttribute("value"));
        assertFalse(driver.findElement(By.id("roadmap-gain-currency")).isDisplayed());
        type("roadmap-gain-title", "Færre plejetimer efter digital træning");
        type("roadmap-gain-indicator", "Visiterede plejetimer pr. år for borgerne i piloten");
        type("roadmap-gain-baseline-value", "15000");
        setDate("roadmap-gain-baseline-date", BASELINE_DATE);
        type("roadmap-gain-target-value", "a lot fewer");
        setDate("roadmap-gain-target-date", TARGET_DATE);
        type("roadmap-gain-owner", "member");
        new Select(driver.findElement(By.id("roadmap-gain-frequency"))).selectByValue("MONTHLY");
        type("roadmap-gain-method", "Visiterede timer fra omsorgssystemet, månedsrapport");
        screenshot("gain-02-add-dialog");
        driver.findElement(By.id("roadmap-gain-save")).click();
        WebElement targetError = waitFor(By.cssSelector("#roadmap-gain-dialog .roadmap-gain-error[data-field='target.value']"));
        assertEquals("Target value must be a number.", targetError.getText());
        assertEquals("true", driver.findElement(By.id("roadmap-gain-target-value")).getDomAttribute("aria-invalid"));
        assertFalse(driver.findElement(By.cssSelector("#roadmap-gain-dialog .roadmap-gain-error[data-field='title']")).isDisplayed());

        type("roadmap-gain-target-value", "15000");
        driver.findElement(By.id("roadmap-gain-save")).click();
        waiting(WAIT).until(d -> d.findElement(By.cssSelector("#roadmap-gain-dialog .roadmap-gain-error[data-field='target.value']"))
                .getText().equals("The target value must differ from the baseline value."));
        screenshot("gain-03-validation");

        type("roadmap-gain-target-value", "13650");
        save("roadmap-gain-save");
        WebElement card = onlyCard();
        assertEquals("Færre plejetimer efter digital træning", card.findElement(By.cssSelector(".roadmap-gain-title")).getText());
        assertEquals("TIME", card.findElement(By.cssSelector(".roadmap-gain-type")).getDomAttribute("data-type"));
        assertEquals("15,000 h", card.findElement(By.cssSelector(".roadmap-gain-baseline .roadmap-gain-value")).getText());
        assertEquals("13,650 h", card.findElement(By.cssSelector(".roadmap-gain-target .roadmap-gain-value")).getText());
        assertThat(card.getText(), containsString("Monthly"));
        assertEquals("–", card.findElement(By.cssSelector(".roadmap-gain-percent")).getText());
        assertEquals("NOT_STARTED", card.findElement(By.cssSelector(".roadmap-gain-status")).getDomAttribute("data-status"));
        assertEquals("Not started", card.findElement(By.cssSelector(".roadmap-gain-status")).getAttribute("textContent"));
        assertEquals(0, card.findElements(By.cssSelector(".roadmap-gain-actual-point")).size());
        assertEquals(1, card.findElements(By.cssSelector("polyline.roadmap-gain-planned")).size());
        assertThat(card.findElement(By.cssSelector(".roadmap-gain-money")).getText(), containsString("Set the hourly rate"));
        assertThat(driver.findElement(By.id("roadmap-gain-flags")).getText(), containsString("counted in hours only"));
        showPanel();
        screenshot("gain-04-added");

        // The first measurement, halfway from baseline to target: 50% realised and one measured point in the chart.
        card.findElement(By.cssSelector(".roadmap-gain-measure")).click();
        WebElement measure = waitFor(By.id("roadmap-gain-measure-dialog"));
        assertEquals("Færre plejetimer efter digital træning", measure.findElement(By.cssSelector(".roadmap-gain-measure-name")).getText());
        assertEquals(today.toString(), driver.findElement(By.id("roadmap-gm-date")).getDomProperty("value"));
        type("roadmap-gm-value", "14325");
        setDate("roadmap-gm-date", today.plusDays(1));
        driver.findElement(By.id("roadmap-gain-measure-save")).click();
        WebElement dateError = waitFor(By.cssSelector("#roadmap-gain-measure-dialog .roadmap-gain-error[data-field='date']"));
        assertEquals("Date cannot be in the future.", dateError.getText());
        setDate("roadmap-gm-date", measuredOn);
        type("roadmap-gm-comment", "Halvårsmåling fra omsorgssystemet");
        screenshot("gain-05-measure-dialog");
        save("roadmap-gain-measure-save");
        card = onlyCard();
        assertEquals("50%", card.findElement(By.cssSelector(".roadmap-gain-percent")).getText());
        assertEquals("realised", card.findElement(By.cssSelector(".roadmap-gain-percent-label")).getText());
        assertThat(card.findElement(By.cssSelector(".roadmap-gain-status")).getDomAttribute("data-status"), not("NOT_STARTED"));
        List<WebElement> points = card.findElements(By.cssSelector("svg .roadmap-gain-actual-point"));
        assertEquals(1, points.size());
        assertEquals(measuredOn.toString(), points.get(0).getDomAttribute("data-date"));
        assertThat(card.findElement(By.cssSelector(".roadmap-gain-latest")).getText(), containsString("14,325 h"));
        assertThat(card.findElement(By.cssSelector(".roadmap-gain-yearly")).getText(), containsString("675 h of 1,350 h planned"));
        assertEquals("1 measurement", card.findElement(By.cssSelector(".roadmap-gain-history summary")).getText());
        showPanel();
        screenshot("gain-06-measured");

        // Economics: 750 DKK an hour turns the saved hours into money, and NPV and payback appear.
        driver.findElement(By.id("roadmap-gain-economics-edit")).click();
        waitFor(By.id("roadmap-gain-economics-dialog"));
        waiting(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("roadmap-ge-hourlyRate")));
        assertEquals("4", driver.findElement(By.id("roadmap-ge-discountRatePercent")).getDomProperty("value"));
        type("roadmap-ge-hourlyRate", "750");
        new Select(driver.findElement(By.id("roadmap-ge-currency"))).selectByValue("DKK");
        type("roadmap-ge-horizonYears", "5");
        type("roadmap-ge-investment", "500000");
        type("roadmap-ge-yearlyRunningCost", "100000");
        type("roadmap-ge-trainingHoursPerEmployee", "4");
        type("roadmap-ge-employees", "60");
        screenshot("gain-07-economics-dialog");
        save("roadmap-gain-economics-save");
        card = onlyCard();
        String money = card.findElement(By.cssSelector(".roadmap-gain-money")).getText();
        assertThat(money, containsString("DKK506,250"));
        assertThat(money, containsString("DKK1,012,500"));
        assertEquals("DKK750", driver.findElement(By.id("roadmap-gain-hourly-rate")).getText());
        WebElement dkk = driver.findElement(By.cssSelector(".roadmap-gain-total-money[data-currency='DKK']"));
        assertThat(dkk.getText(), containsString("DKK1,012,500"));
        assertThat(dkk.findElement(By.cssSelector(".roadmap-gain-realised-money")).getText(), containsString("DKK506,250"));
        assertThat(driver.findElement(By.id("roadmap-gain-npv-planned")).getText(), containsString("DKK"));
        assertThat(driver.findElement(By.cssSelector("#roadmap-gain-appraisal .roadmap-gain-payback")).getText(), containsString("years"));
        assertTrue(driver.findElements(By.id("roadmap-gain-economics-hint")).isEmpty());
        assertTrue(driver.findElements(By.id("roadmap-gain-flags")).isEmpty());
        assertNoRenderErrors();
        showPanel();
        screenshot("gain-08-money");
        scrollTo(driver.findElement(By.id("roadmap-gain-totals")));
        screenshot("gain-09-totals-and-economics");

        // User text is text: markup in a title is shown literally and never runs.
        openAddDialog();
        new Select(driver.findElement(By.id("roadmap-gain-type"))).selectByValue("QUALITY");
        new Select(driver.findElement(By.id("roadmap-gain-unit"))).selectByValue("SCORE");
        type("roadmap-gain-title", XSS_TITLE);
        type("roadmap-gain-baseline-value", "2.8");
        setDate("roadmap-gain-baseline-date", BASELINE_DATE);
        type("roadmap-gain-target-value", "3.5");
        setDate("roadmap-gain-target-date", TARGET_DATE);
        new Select(driver.findElement(By.id("roadmap-gain-frequency"))).selectByValue("QUARTERLY");
        save("roadmap-gain-save");
        assertEquals(2, cards().size());
        WebElement xss = cardTitled(XSS_TITLE);
        assertEquals(XSS_TITLE, xss.findElement(By.cssSelector(".roadmap-gain-title")).getText());
        assertEquals(XSS_TITLE, xss.getDomAttribute("data-title"));
        assertTrue(driver.findElement(By.id("roadmap-gain-list")).findElements(By.tagName("script")).isEmpty());
        assertNoAlert();
        scrollTo(xss);
        screenshot("gain-10-markup-as-text");

        // Edit: the dialog is filled from GET …/gains/{id}.
        xss.findElement(By.cssSelector(".roadmap-gain-edit")).click();
        waitFor(By.id("roadmap-gain-dialog"));
        waiting(WAIT).until(d -> XSS_TITLE.equals(d.findElement(By.id("roadmap-gain-title")).getDomProperty("value")));
        assertEquals("Edit gain", driver.findElement(By.id("roadmap-gain-dialog-title")).getText());
        assertEquals("2.8", driver.findElement(By.id("roadmap-gain-baseline-value")).getDomProperty("value"));
        type("roadmap-gain-title", "Borgerne klarer mere selv");
        save("roadmap-gain-save");
        WebElement edited = cardTitled("Borgerne klarer mere selv");

        // Delete with confirmation.
        edited.findElement(By.cssSelector(".roadmap-gain-delete")).click();
        WebElement confirm = waitFor(By.id("roadmap-gain-delete-dialog"));
        assertEquals("Borgerne klarer mere selv", confirm.findElement(By.cssSelector(".roadmap-gain-delete-name")).getText());
        screenshot("gain-11-delete-confirm");
        WebElement oldPanel = driver.findElement(By.id("roadmap-gains"));
        // A mark on the page that a reload would wipe: the panels refresh in place (issue 14).
        ((JavascriptExecutor) driver).executeScript("window.roadmapPageMark = 'kept';");
        WebElement description = driver.findElement(By.id("descriptionmodule"));
        driver.findElement(By.id("roadmap-gain-delete-confirm")).click();
        waiting(WAIT).until(ExpectedConditions.stalenessOf(oldPanel));
        waiting(WAIT).until(d -> d.findElements(By.cssSelector(".roadmap-gain-card")).size() == 1);
        assertEquals("no reload", "kept", ((JavascriptExecutor) driver).executeScript("return window.roadmapPageMark;"));
        assertTrue("Jira's part of the page is untouched", description.isDisplayed());
        assertEquals("one delete dialog, the new one", 1, driver.findElements(By.id("roadmap-gain-delete-dialog")).size());
        assertNoRenderErrors();

        // The reader's language: Norwegian Bokmål.
        new Select(driver.findElement(By.id("user-locale"))).selectByValue("nb");
        waiting(WAIT).until(d -> d.findElement(By.id("roadmap-gains")).getText().contains("Legg til gevinst"));
        assertNoRenderErrors();
        assertEquals("50 %", onlyCard().findElement(By.cssSelector(".roadmap-gain-percent")).getText());
        showPanel();
        screenshot("gain-12-panel-nb");
        new Select(driver.findElement(By.id("user-locale"))).selectByValue("en");
        waiting(WAIT).until(d -> d.findElement(By.id("roadmap-gains")).getText().contains("Add gain"));
    }

    @Test
    public void viewerSeesThePanelWithoutControls() throws Exception {
        String key = createInitiative("Viewer check");
        String id = hoursGain(key, "Færre kjørte kilometer", "2026-01-01", "QUARTERLY");
        Reply measured = member.post("/initiatives/" + key + "/gains/" + id + "/measurements",
                "{\"value\":1900,\"date\":\"2026-02-01\"}");
        assertEquals(measured.body().toString(), 201, measured.status());

        login("viewer", "viewer");
        open("/browse/" + key);
        waitFor(By.id("roadmap-gains"));
        assertNoRenderErrors();
        assertEquals("false", driver.findElement(By.id("roadmap-gains")).getDomAttribute("data-editable"));
        WebElement card = onlyCard();
        assertEquals("20%", card.findElement(By.cssSelector(".roadmap-gain-percent")).getText());
        assertEquals(1, card.findElements(By.cssSelector(".roadmap-gain-actual-point")).size());
        assertTrue(driver.findElements(By.id("roadmap-gain-add")).isEmpty());
        assertTrue(driver.findElements(By.id("roadmap-gain-economics-edit")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector(".roadmap-gain-measure, .roadmap-gain-edit, .roadmap-gain-delete, "
                + ".roadmap-gain-measurement-delete")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("#roadmap-gains [role='dialog'], #roadmap-gains [role='alertdialog']")).isEmpty());
        assertTrue(driver.findElement(By.id("roadmap-gain-export")).isDisplayed());
        card.findElement(By.cssSelector(".roadmap-gain-history summary")).click();
        assertTrue(card.findElement(By.cssSelector(".roadmap-gain-measurement")).isDisplayed());
        showPanel();
        screenshot("gain-13-viewer");

        // The phase issues show the initiative's gains too.
        String phaseKey = member.get("/initiatives/" + key).body().get("phases").get(0).get("key").asText();
        open("/browse/" + phaseKey);
        assertEquals(key, waitFor(By.id("roadmap-gains")).getDomAttribute("data-initiative-key"));
        assertEquals(1, cards().size());
        assertNoRenderErrors();
    }

    /**
     * Issue 14: a card lists the latest measurements only; "show all" reads the others over REST, and a row it added
     * deletes like a listed one. The oldest row's comment is user text and stays text.
     */
    @Test
    public void aLongHistoryListsTheLatestAndShowsAllOnDemand() throws Exception {
        String key = createInitiative("Lang historikk");
        String id = hoursGain(key, "Ukentlige timer", "2025-01-01", "WEEKLY");
        int total = 13;
        for (int i = 0; i < total; i++) {
            String comment = i == 0 ? ",\"comment\":\"" + XSS_TITLE + "\"" : "";
            Reply measured = member.post("/initiatives/" + key + "/gains/" + id + "/measurements",
                    "{\"value\":" + (1990 - i) + ",\"date\":\"" + LocalDate.of(2025, 1, 6).plusWeeks(i) + "\"" + comment + "}");
            assertEquals(measured.body().toString(), 201, measured.status());
        }

        login("member", "member");
        open("/browse/" + key);
        WebElement card = waitFor(By.cssSelector("#roadmap-gain-list .roadmap-gain-card"));
        assertNoRenderErrors();
        assertEquals(total, card.findElements(By.cssSelector(".roadmap-gain-actual-point")).size());
        card.findElement(By.cssSelector(".roadmap-gain-history summary")).click();
        assertEquals(10, card.findElements(By.cssSelector(".roadmap-gain-measurement")).size());
        WebElement showAll = card.findElement(By.cssSelector(".roadmap-gain-measurements-all"));
        assertEquals("Show all 13 measurements", showAll.getText());
        showAll.click();
        waiting(WAIT).until(d -> card.findElements(By.cssSelector(".roadmap-gain-measurement")).size() == total);
        assertTrue(card.findElements(By.cssSelector(".roadmap-gain-measurements-all")).isEmpty());
        WebElement oldest = card.findElements(By.cssSelector(".roadmap-gain-measurement")).get(0);
        assertEquals(XSS_TITLE, oldest.findElement(By.cssSelector(".roadmap-gain-comment")).getText());
        assertEquals("Delete the measurement of 6 Jan 2025",
                oldest.findElement(By.cssSelector(".roadmap-gain-measurement-delete")).getDomAttribute("aria-label"));
        assertNoAlert();

        oldest.findElement(By.cssSelector(".roadmap-gain-measurement-delete")).click();
        waitFor(By.id("roadmap-gain-delete-confirm")).click();
        waiting(WAIT).until(d -> d.findElement(
                By.cssSelector("#roadmap-gain-list .roadmap-gain-history summary")).getText().equals((total - 1) + " measurements"));
        assertEquals(total - 1, member.get("/initiatives/" + key + "/gains/" + id).body().get("measurements").size());
        assertNoRenderErrors();
    }

    // ----- helpers ----------------------------------------------------------------------------------------------------

    /** A time gain in hours from 2000 to 1500 (target 2026-12-31), added over REST; its id. */
    private static String hoursGain(String key, String title, String baselineDate, String frequency)
            throws IOException, InterruptedException {
        Reply added = member.post("/initiatives/" + key + "/gains", "{\"type\":\"TIME\",\"title\":\"" + title + "\","
                + "\"unit\":\"HOURS\",\"baseline\":{\"value\":2000,\"date\":\"" + baselineDate + "\"},"
                + "\"target\":{\"value\":1500,\"date\":\"2026-12-31\"},\"frequency\":\"" + frequency + "\"}");
        assertEquals(added.body().toString(), 201, added.status());
        return added.body().get("id").asText();
    }

    private static String createInitiative(String summary) throws IOException, InterruptedException {
        Reply created = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"" + summary + "\"}");
        assertEquals(created.body().toString(), 201, created.status());
        return created.body().get("key").asText();
    }

    private String contextPath() {
        return java.net.URI.create(sandbox.baseUrl()).getPath();
    }

    private void openAddDialog() {
        WebElement add = waitFor(By.id("roadmap-gain-add"));
        scrollTo(add);
        add.click();
        waitFor(By.id("roadmap-gain-title"));
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

    /** Saves a dialog and waits for the page to reload. */
    private void save(String buttonId) {
        WebElement oldPanel = driver.findElement(By.id("roadmap-gains"));
        driver.findElement(By.id(buttonId)).click();
        waiting(WAIT).until(ExpectedConditions.stalenessOf(oldPanel));
        waitFor(By.id("roadmap-gains"));
        assertNoRenderErrors();
    }

    private List<WebElement> cards() {
        return driver.findElements(By.cssSelector("#roadmap-gain-list .roadmap-gain-card"));
    }

    private WebElement onlyCard() {
        List<WebElement> cards = cards();
        assertEquals(1, cards.size());
        return cards.get(0);
    }

    private WebElement cardTitled(String title) {
        for (WebElement card : cards()) {
            if (title.equals(card.getDomAttribute("data-title"))) {
                return card;
            }
        }
        fail("no gain titled " + title);
        return null;
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
        scrollTo(driver.findElement(By.id("roadmap-gain-panel")));
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }
}
