package no.veikart.roadmap.browser;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.sandbox.jira.JiraStore;
import no.veikart.roadmap.sandbox.jira.SandboxDashboards;
import no.veikart.roadmap.testsupport.RestClient;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The portfolio dashboard item as a manager meets it on the sandbox dashboard: added from the gadget directory,
 * configured (projects DEMO and HELSE, DKK, every section), showing the demo portfolio with figures equal to
 * {@code GET /portfolio}, surviving a restart, and clicking through to the issues; translated for a Danish viewer;
 * empty for a user without access. No render-error box and no error in the browser console anywhere.
 */
public class PortfolioGadgetBrowserIT extends BrowserTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String MODULE = "no.veikart.service-innovation-roadmap:portfolio-gadget";

    @Test
    public void memberAddsConfiguresAndFollowsANumberToItsIssues() throws Exception {
        clearDashboard("member");
        login("member", "member");
        open("/secure/Dashboard.jspa");
        WebElement entry = openDirectory();
        assertEquals("Service innovation portfolio", entry.findElement(By.cssSelector(".gadget-directory-title")).getText());
        assertTrue("thumbnail loads", (Boolean) js("var i = arguments[0]; return i.complete && i.naturalWidth > 0;",
                entry.findElement(By.cssSelector("img.gadget-directory-thumbnail"))));
        screenshot("portfolio-01-directory");
        entry.findElement(By.cssSelector(".gadget-directory-add")).click();

        configure("DEMO, HELSE", "DKK", "15");
        WebElement gadget = waitForView();
        JsonNode portfolio = portfolio("member", "DEMO,HELSE", "DKK");
        assertTrue(portfolio.get("initiatives").asInt() > 2);
        String newPracticesCount = portfolio.get("byPhase").get("NEW_PRACTICES").asText();

        // Phase chart: drawn, labelled, and its hidden table holds the endpoint's counts.
        WebElement canvas = gadget.findElement(By.cssSelector("[data-section='phases'] canvas"));
        assertTrue("phase chart drawn", drawn(canvas));
        assertThat(canvas.getAttribute("aria-label"), containsString("New practices " + newPracticesCount));
        assertEquals(rowsOf(portfolio.get("phases")), tableRows(gadget, ".roadmap-portfolio-phases-data"));

        // Gains: totals as the browser formats DKK for the user's locale (en_GB for member).
        JsonNode gains = portfolio.get("gains");
        String realised = text(gadget, "[data-what='total-realised']");
        assertEquals(browserMoney("en-GB", "DKK", gains.get("realised").asDouble()), realised);
        assertThat(realised, containsString("1,050,000"));
        assertEquals(browserMoney("en-GB", "DKK", gains.get("planned").asDouble()),
                text(gadget, "[data-what='total-planned']"));
        assertEquals(String.format(java.util.Locale.UK, "%,d", gains.get("realisedHours").asLong()),
                text(gadget, "[data-what='total-realised-hours']"));
        assertTrue("money chart drawn", drawn(gadget.findElement(By.cssSelector(".roadmap-portfolio-half canvas"))));

        // Heat map: six levels, counts and shares from the endpoint.
        List<WebElement> levels = gadget.findElements(By.cssSelector(".roadmap-portfolio-heatmap tbody tr"));
        assertEquals(6, levels.size());
        JsonNode political = portfolio.get("anchoring").get("levels").get(0);
        WebElement anchored = gadget.findElement(By.cssSelector(
                ".roadmap-portfolio-heatmap tr[data-level='POLITICAL'] td[data-state='anchored']"));
        assertEquals(political.get("anchored").asText(), anchored.getText());
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f",
                political.get("anchored").asDouble() / political.get("initiatives").asDouble()),
                anchored.getAttribute("data-share"));

        // Overdue follow-ups: oldest first, linking to the initiative.
        List<WebElement> overdue = gadget.findElements(By.cssSelector(".roadmap-portfolio-overdue-row"));
        assertEquals(portfolio.get("overdueFollowUps").size(), overdue.size());
        assertTrue(overdue.size() > 0);
        assertEquals(portfolio.get("overdueFollowUps").get(0).get("issueKey").asText(),
                overdue.get(0).getAttribute("data-issue-key"));
        assertThat(overdue.get(0).findElement(By.cssSelector("a.roadmap-portfolio-issue")).getAttribute("href"),
                containsString("/browse/" + portfolio.get("overdueFollowUps").get(0).get("issueKey").asText()));
        assertEquals("15", gadgetFrame().getAttribute("data-refresh-minutes"));
        assertClean();

        driver.manage().window().setSize(new Dimension(1280, 1900));
        screenshot("portfolio-02-member");
        Path shot = Paths.get(System.getProperty("roadmap.screenshots", "target/screenshots"),
                "portfolio-02-member-gadget.png");
        // Under target/ only; .ci/refresh-screenshots copies it into the README's pictures on purpose.
        Files.copy(gadgetFrame().getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 1000));

        // The configuration is the sandbox's Jira state: it survives a restart.
        restartSandbox();
        login("member", "member");
        open("/secure/Dashboard.jspa");
        gadget = waitForView();
        assertTrue(drawn(gadget.findElement(By.cssSelector("[data-section='phases'] canvas"))));

        // A bar opens the issues behind it (Chart.js gives the bar's place on the canvas).
        WebElement phases = gadget.findElement(By.cssSelector("[data-section='phases'] canvas"));
        @SuppressWarnings("unchecked")
        Map<String, Number> bar = (Map<String, Number>) js("var c = arguments[0];"
                + "var b = require('no/veikart/roadmap/chartjs').getChart(c).getDatasetMeta(0).data[5];"
                + "return {x: b.x - c.clientWidth / 2, y: (b.y + b.base) / 2 - c.clientHeight / 2};", phases);
        new Actions(driver).moveToElement(phases, bar.get("x").intValue(), bar.get("y").intValue()).click().perform();
        waiting(WAIT).until(ExpectedConditions.urlContains("/issues/"));
        List<String> inNewPractices = sorted(portfolio.get("phases").get(5).get("issueKeys"));
        assertTrue(inNewPractices.contains("DEMO-1"));
        assertEquals(inNewPractices, sorted(navigatorKeys()));

        // Every number opens the issue navigator with exactly the issues behind it.
        open("/secure/Dashboard.jspa");
        gadget = waitForView();
        WebElement newPractices = gadget.findElement(By.cssSelector("li[data-phase='NEW_PRACTICES'] a"));
        assertEquals(newPracticesCount, newPractices.getText());
        newPractices.click();
        waiting(WAIT).until(ExpectedConditions.urlContains("/issues/"));
        assertEquals(inNewPractices, sorted(navigatorKeys()));
        screenshot("portfolio-03-navigator");

        open("/secure/Dashboard.jspa");
        waitForView().findElement(By.cssSelector(
                ".roadmap-portfolio-heatmap tr[data-level='POLITICAL'] td[data-state='missing'] a")).click();
        waiting(WAIT).until(ExpectedConditions.urlContains("/issues/"));
        List<String> politicalMissing = sorted(portfolio.get("anchoring").get("levels").get(0).get("issueKeys").get("missing"));
        assertTrue(politicalMissing.contains("HELSE-1"));
        assertEquals(politicalMissing, sorted(navigatorKeys()));
        assertClean();
    }

    @Test
    public void danishViewerSeesTheGadgetTranslatedAndFormatted() throws Exception {
        clearDashboard("viewer");
        login("viewer", "viewer");
        open("/secure/Dashboard.jspa");
        new Select(driver.findElement(By.id("user-locale"))).selectByValue("da");
        waitFor(By.id("add-gadget"));
        WebElement entry = openDirectory();
        assertEquals("Portefølje for serviceinnovation",
                entry.findElement(By.cssSelector(".gadget-directory-title")).getText());
        entry.findElement(By.cssSelector(".gadget-directory-add")).click();
        WebElement form = waitFor(By.cssSelector("form.roadmap-portfolio-config"));
        assertThat(form.getText(), containsString("Projekter"));
        assertThat(form.getText(), containsString("Forsinkede opfølgninger"));

        configure("DEMO, HELSE", "DKK", "false");
        WebElement gadget = waitForView();
        assertEquals("Portefølje for serviceinnovation",
                gadgetFrame().findElement(By.cssSelector(".dashboard-item-title")).getText());
        assertEquals("Initiativer pr. fase", text(gadget, "[data-section='phases'] h4"));
        assertEquals("Forankring pr. organisatorisk niveau", text(gadget, "[data-section='anchoring'] h4"));
        JsonNode portfolio = portfolio("viewer", "DEMO,HELSE", "DKK");
        assertEquals("viewer browses DEMO only", "[\"DEMO\"]", portfolio.get("projects").toString());
        assertEquals(rowsOf(portfolio.get("phases")), tableRows(gadget, ".roadmap-portfolio-phases-data"));
        assertThat(tableRows(gadget, ".roadmap-portfolio-phases-data").get(5), containsString("Ny praksis"));
        String realised = text(gadget, "[data-what='total-realised']");
        assertEquals(browserMoney("da-DK", "DKK", portfolio.get("gains").get("realised").asDouble()), realised);
        assertThat(realised, containsString("1.050.000"));
        assertEquals(null, gadgetFrame().getAttribute("data-refresh-minutes"));
        assertClean();
        screenshot("portfolio-04-viewer-da");
    }

    @Test
    public void outsiderSeesTheEmptyState() {
        clearDashboard("outsider");
        login("outsider", "outsider");
        open("/secure/Dashboard.jspa");
        openDirectory().findElement(By.cssSelector(".gadget-directory-add")).click();
        configure("DEMO, HELSE", "NOK", "false");
        WebElement gadget = waitForView();
        WebElement empty = gadget.findElement(By.cssSelector(".roadmap-portfolio-empty-access"));
        assertThat(empty.getText(), containsString("cannot browse any of the chosen projects"));
        assertTrue(gadget.findElements(By.cssSelector("canvas")).isEmpty());
        assertFalse(gadget.findElement(By.cssSelector("[data-what='initiatives']")).getTagName().equals("a"));
        assertClean();
        screenshot("portfolio-05-outsider");
    }

    @Test
    public void formChecksItsInputSectionsSwitchOffAndRefusalsShowTheServerMessage() throws Exception {
        clearDashboard("admin");
        login("admin", "admin");
        open("/secure/Dashboard.jspa");
        openDirectory().findElement(By.cssSelector(".gadget-directory-add")).click();
        WebElement form = waitFor(By.cssSelector("form.roadmap-portfolio-config"));
        form.findElement(By.name("projects")).sendKeys("DEMO");
        favouriteFilter(form, "10000");
        form.findElement(By.cssSelector(".roadmap-portfolio-save")).click();
        WebElement error = waitFor(By.cssSelector("form.roadmap-portfolio-config .error:not([hidden])"));
        assertEquals("Choose projects or a saved filter, not both.", error.getText());
        assertEquals("edit", gadgetFrame().getAttribute("data-mode"));
        assertEquals(null, gadgetFrame().getAttribute("data-saved"));
        form.findElement(By.cssSelector(".roadmap-portfolio-cancel")).click();
        // Not configured: cancelling shows every project the admin may browse.
        WebElement gadget = waitForView();
        assertEquals(portfolio("admin", "DEMO,HELSE,SKOLE", "NOK").get("initiatives").asText(),
                text(gadget, "[data-what='initiatives']"));
        assertClean();

        // Sections can be switched off.
        gadgetFrame().findElement(By.cssSelector(".gadget-edit")).click();
        form = waitFor(By.cssSelector("form.roadmap-portfolio-config"));
        for (WebElement box : form.findElements(By.name("sections"))) {
            if (box.isSelected() != "overdue".equals(box.getAttribute("value"))) {
                tick(form, box);
            }
        }
        form.findElement(By.cssSelector(".roadmap-portfolio-save")).click();
        waiting(WAIT).until(d -> "true".equals(gadgetFrame().getAttribute("data-saved")));
        gadget = waitForView();
        List<String> sections = new ArrayList<>();
        gadget.findElements(By.cssSelector("[data-section]")).forEach(e -> sections.add(e.getAttribute("data-section")));
        assertEquals(List.of("overdue"), sections);
        assertClean();

        // What the endpoint refuses is shown with its own message (preferences saved around the form's checks).
        Object status = js("return fetch(Roadmap.contextPath() + '/rest/sandbox/1.0/dashboard-items/' + arguments[0]"
                + " + '/preferences', {method: 'PUT', credentials: 'same-origin', headers: {'Content-Type':"
                + " 'application/json', 'X-Atlassian-Token': 'no-check'}, body: JSON.stringify({isConfigured: 'true',"
                + " projects: 'DE-MO', currency: 'NOK'})}).then(function (r) { return r.status; });",
                gadgetFrame().getAttribute("data-gadget-id"));
        assertEquals(200L, status);
        driver.navigate().refresh();
        WebElement refused = waitFor(By.cssSelector(".roadmap-portfolio-error"));
        assertEquals("The portfolio could not be loaded: DE-MO is not a project key.", refused.getText());
        assertNoRenderErrors();
        browserErrors(); // the refused request is in the console by design
    }

    @Test
    public void managerPicksAFavouriteSavedFilter() throws Exception {
        clearDashboard("member");
        login("member", "member");
        open("/secure/Dashboard.jspa");
        openDirectory().findElement(By.cssSelector(".gadget-directory-add")).click();
        WebElement form = waitFor(By.cssSelector("form.roadmap-portfolio-config"));
        Select filters = favouriteFilters(form);
        List<String> names = new ArrayList<>();
        filters.getOptions().forEach(o -> names.add(o.getText()));
        assertEquals(List.of("None: count the projects above", "Velferdsteknologi i Demo kommune", "Helse og omsorg",
                "Oppvekst og skole"), names);
        filters.selectByVisibleText("Helse og omsorg");
        screenshot("portfolio-06-filter-config");
        form.findElement(By.cssSelector(".roadmap-portfolio-save")).click();
        waiting(WAIT).until(d -> "true".equals(gadgetFrame().getAttribute("data-saved")));

        WebElement gadget = waitForView();
        assertThat(text(gadget, ".roadmap-portfolio-scope"), containsString("Saved filter Helse og omsorg"));
        WebElement initiatives = gadget.findElement(By.cssSelector("[data-what='initiatives']"));
        assertEquals(portfolio("member", "HELSE", "NOK").get("initiatives").asText(), initiatives.getText());
        assertEquals("a", initiatives.getTagName());
        assertThat(initiatives.getAttribute("href"), containsString("HELSE-1"));
        assertFalse(initiatives.getAttribute("href").contains("DEMO-1"));
        assertClean();
        screenshot("portfolio-06-filter");

        // The configured filter is preselected when the gadget is edited again.
        gadgetFrame().findElement(By.cssSelector(".gadget-edit")).click();
        form = waitFor(By.cssSelector("form.roadmap-portfolio-config"));
        assertEquals("10001", favouriteFilters(form).getFirstSelectedOption().getAttribute("value"));
        assertEquals("Helse og omsorg", favouriteFilters(form).getFirstSelectedOption().getText());
    }

    @Test
    public void aSharedFilterShowsAnOutsiderNothing() {
        clearDashboard("outsider");
        login("outsider", "outsider");
        open("/secure/Dashboard.jspa");
        openDirectory().findElement(By.cssSelector(".gadget-directory-add")).click();
        WebElement form = waitFor(By.cssSelector("form.roadmap-portfolio-config"));
        favouriteFilter(form, "10000");
        form.findElement(By.cssSelector(".roadmap-portfolio-save")).click();
        WebElement gadget = waitForView();
        assertThat(text(gadget, ".roadmap-portfolio-empty-filter"), containsString("finds no initiatives you may see"));
        assertTrue(gadget.findElements(By.cssSelector("canvas")).isEmpty());
        assertClean();
    }

    /**
     * The implementation plan's section (a feature's section through the seam): units live, % trained across them and
     * live units with a coverage gap, equal to {@code sections.implementation} of the endpoint, each count a link to
     * its initiatives in the issue navigator (the demo's Kerteminde districts).
     */
    @Test
    public void implementationSectionShowsUnitsLiveTrainedAndGapsLinkingToTheirIssues() throws Exception {
        clearDashboard("member");
        login("member", "member");
        open("/secure/Dashboard.jspa");
        openDirectory().findElement(By.cssSelector(".gadget-directory-add")).click();
        configure("DEMO, HELSE", "DKK", "15");
        WebElement gadget = waitForView();
        JsonNode figures = portfolio("member", "DEMO,HELSE", "DKK").get("sections").get("implementation");
        assertTrue(figures.toString(), figures.get("unitsLive").asInt() > 0);

        WebElement section = gadget.findElement(By.cssSelector("[data-section='implementation']"));
        assertEquals("Implementation", section.findElement(By.cssSelector("h4")).getText());
        assertEquals(figures.get("unitsLive").asText(), text(section, "[data-what='implementation-live']"));
        assertEquals(figures.get("unitsWithGaps").asText(), text(section, "[data-what='implementation-gaps']"));
        assertEquals(Math.round(figures.get("trainedPercent").asDouble()) + "%", text(section, "[data-what='implementation-trained']"));
        assertEquals(figures.get("rows").size(), section.findElements(By.cssSelector(".roadmap-implementation-portfolio-table tbody tr")).size());
        screenshot("portfolio-implementation");
        assertClean();

        section.findElement(By.cssSelector("a[data-what='implementation-live']")).click();
        assertEquals(sorted(figures.get("liveKeys")), sorted(navigatorKeys()));
    }

    /**
     * The risk section (issue 15): a 5×5 heat map of each initiative's highest residual risk equal to
     * {@code sections.risks} of the endpoint, cells coloured by level, a cell's number a link to its initiatives, and
     * the high risks after measures (the demo's Kerteminde and Norwegian risk registers).
     */
    @Test
    public void riskSectionShowsTheHeatMapOfHighestResidualRisksLinkingToTheirIssues() throws Exception {
        clearDashboard("member");
        login("member", "member");
        open("/secure/Dashboard.jspa");
        openDirectory().findElement(By.cssSelector(".gadget-directory-add")).click();
        configure("DEMO, HELSE", "DKK", "15");
        WebElement gadget = waitForView();
        JsonNode figures = portfolio("member", "DEMO,HELSE", "DKK").get("sections").get("risks");
        assertTrue(figures.toString(), figures.get("withRisks").get("count").asInt() > 0);

        WebElement section = gadget.findElement(By.cssSelector("[data-section='risks']"));
        List<WebElement> cells = section.findElements(By.cssSelector("td.roadmap-portfolio-riskcell"));
        assertEquals(25, cells.size());
        JsonNode busiest = null;
        for (JsonNode c : figures.get("cells")) {
            WebElement td = section.findElement(By.cssSelector("td[data-likelihood='" + c.get("likelihood").asInt()
                    + "'][data-consequence='" + c.get("consequence").asInt() + "']"));
            assertTrue(td.getAttribute("class"), td.getAttribute("class")
                    .contains("roadmap-risk-level-" + c.get("level").asText().toLowerCase(java.util.Locale.ROOT)));
            assertEquals(c.get("count").asInt() == 0 ? "" : c.get("count").asText(), td.getText().trim());
            if (busiest == null || c.get("count").asInt() > busiest.get("count").asInt()) {
                busiest = c;
            }
        }
        assertEquals(figures.get("highRisks").get("count").asText(), text(section, "[data-what='risks-highRisks']"));
        screenshot("portfolio-risks");
        assertClean();

        String what = "risks-" + busiest.get("likelihood").asInt() + "x" + busiest.get("consequence").asInt();
        section.findElement(By.cssSelector("a[data-what='" + what + "']")).click();
        assertEquals(sorted(busiest.get("issueKeys")), sorted(navigatorKeys()));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Tests share the sandbox and the helpers here read the first portfolio gadget: start from an empty dashboard. */
    private static void clearDashboard(String username) {
        SandboxDashboards dashboards = new SandboxDashboards(sandbox.component(JiraStore.class));
        String owner = sandbox.user(username).getKey();
        dashboards.itemsOf(owner).forEach(item -> dashboards.remove(owner, item.id()));
    }

    /** The saved-filter select once the favourites have come from Jira's REST API. */
    private Select favouriteFilters(WebElement form) {
        waiting(WAIT).until(d -> "true".equals(
                form.findElement(By.name("filterId")).getAttribute("data-loaded")));
        return new Select(form.findElement(By.name("filterId")));
    }

    private void favouriteFilter(WebElement form, String id) {
        favouriteFilters(form).selectByValue(id);
    }

    private WebElement openDirectory() {
        waitFor(By.id("add-gadget")).click();
        waitFor(By.id("gadget-directory"));
        return waitFor(By.cssSelector("#gadget-directory li[data-module-key='" + MODULE + "']"));
    }

    private WebElement gadgetFrame() {
        return driver.findElement(By.cssSelector(".dashboard-item-frame[data-module-key='" + MODULE + "']"));
    }

    private void configure(String projects, String currency, String refresh) {
        WebElement form = waitFor(By.cssSelector("form.roadmap-portfolio-config"));
        WebElement field = form.findElement(By.name("projects"));
        field.clear();
        field.sendKeys(projects);
        new Select(form.findElement(By.name("currency"))).selectByValue(currency);
        for (WebElement box : form.findElements(By.name("sections"))) {
            if (!box.isSelected()) {
                tick(form, box);
            }
        }
        new Select(form.findElement(By.name("refresh"))).selectByValue(refresh);
        screenshot("portfolio-00-config-" + driver.findElement(By.id("header-details-user-fullname"))
                .getAttribute("data-username"));
        form.findElement(By.cssSelector(".roadmap-portfolio-save")).click();
    }

    /** A checkbox is ticked through its label, as a person does (AUI draws the box). */
    private static void tick(WebElement form, WebElement box) {
        form.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
    }

    /** The gadget in view mode once its figures are in. */
    private WebElement waitForView() {
        return waiting(WAIT).until(d -> {
            List<WebElement> views = d.findElements(By.cssSelector(
                    ".dashboard-item-frame[data-mode='view'] .roadmap-portfolio"));
            return views.isEmpty() ? null : views.get(0);
        });
    }

    private void assertClean() {
        assertNoRenderErrors();
        assertTrue("no portfolio error box", driver.findElements(By.cssSelector(".roadmap-portfolio-error")).isEmpty());
        assertEquals("browser console errors", List.of(), browserErrors());
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Some pixel of the canvas is painted. */
    private boolean drawn(WebElement canvas) {
        return (Boolean) js("var c = arguments[0]; if (!c.width || !c.height) { return false; }"
                + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { return true; } } return false;", canvas);
    }

    private String browserMoney(String locale, String currency, double amount) {
        return (String) js("return new Intl.NumberFormat(arguments[0], {style: 'currency', currency: arguments[1],"
                + " maximumFractionDigits: 0}).format(arguments[2]);", locale, currency, amount);
    }

    /** The element's text as the page has it (getText would turn the no-break spaces of Intl formats into spaces). */
    private static String text(WebElement root, String css) {
        return root.findElement(By.cssSelector(css)).getAttribute("textContent").trim();
    }

    /** The rows of a (visually hidden) table as "name count", read from the DOM. */
    private List<String> tableRows(WebElement root, String css) {
        List<String> rows = new ArrayList<>();
        for (WebElement row : root.findElements(By.cssSelector(css + " tbody tr"))) {
            List<String> cells = new ArrayList<>();
            row.findElements(By.cssSelector("th, td")).forEach(c -> cells.add(c.getAttribute("textContent").trim()));
            rows.add(String.join(" ", cells));
        }
        return rows;
    }

    private static List<String> rowsOf(JsonNode phases) {
        List<String> rows = new ArrayList<>();
        phases.forEach(p -> rows.add(p.get("name").asText() + " " + p.get("count").asInt()));
        return rows;
    }

    private List<String> navigatorKeys() {
        List<String> keys = new ArrayList<>();
        waitFor(By.id("search-total"));
        driver.findElements(By.cssSelector("#issuetable tr.issuerow")).forEach(r -> keys.add(r.getAttribute("data-issuekey")));
        return keys;
    }

    /** The endpoint's answer for the user, in the user's language (for the localised names). */
    private static JsonNode portfolio(String user, String projects, String currency) throws IOException,
            InterruptedException {
        RestClient.Reply reply = new RestClient(sandbox.baseUrl(), user, user)
                .get("/portfolio?projects=" + projects + "&currency=" + currency);
        assertEquals(200, reply.status());
        return reply.body();
    }

    private static List<String> sorted(JsonNode keys) {
        List<String> out = new ArrayList<>();
        keys.forEach(k -> out.add(k.asText()));
        return sorted(out);
    }

    private static List<String> sorted(List<String> keys) {
        List<String> out = new ArrayList<>(keys);
        out.sort(null);
        return out;
    }

    private static void restartSandbox() {
        Path home = sandbox.home();
        int port = sandbox.port();
        sandbox.stop();
        sandbox = Sandbox.start(port, home);
    }
}
