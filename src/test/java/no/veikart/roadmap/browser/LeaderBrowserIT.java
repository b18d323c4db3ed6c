package no.veikart.roadmap.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import no.veikart.roadmap.testsupport.RestClient;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Leader access on the demo dashboard: leder (in portefolje-ledere, browsing no project) sees the aggregated figures of
 * the three opted-in projects and no issue key, summary or link to an issue; the others see the Excel export link.
 */
public class LeaderBrowserIT extends BrowserTestSupport {
    private static final Pattern ISSUE_KEY = Pattern.compile("\\b(DEMO|HELSE|SKOLE)-\\d+\\b");

    @Test
    public void lederSeesFiguresButNoKeysOrNames() {
        login("leder", "leder");
        open("/secure/Dashboard.jspa");
        WebElement aggregate = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector(".roadmap-leader-aggregate")).stream().findFirst().orElse(null));
        assertThat(aggregate.getText(), containsString("DEMO, HELSE, SKOLE"));
        List<WebElement> phaseRows = aggregate.findElements(By.cssSelector(".roadmap-leader-phases tbody tr"));
        assertTrue("counts per phase", phaseRows.size() >= 3);
        assertFalse(aggregate.findElements(By.cssSelector(".roadmap-leader-lights tbody tr")).isEmpty());
        assertTrue("no links to issues", aggregate.findElements(By.tagName("a")).isEmpty());
        String dom = driver.getPageSource();
        assertFalse("no issue key in the page", ISSUE_KEY.matcher(dom).find());
        assertFalse("no initiative name", dom.contains("Kerteminde") || dom.contains("DigiRehab"));
        assertTrue("no access message replaced", driver.findElements(By.cssSelector(".roadmap-portfolio-empty-access")).isEmpty());
        assertNoRenderErrors();
        screenshot("leader-aggregate");
    }

    @Test
    public void theGadgetLinksTheWorkbook() {
        login("member", "member");
        open("/secure/Dashboard.jspa");
        WebElement link = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector(".roadmap-portfolio-export")).stream().findFirst().orElse(null));
        assertThat(link.getAttribute("href"), containsString("/rest/roadmap/1.0/export/portfolio.xlsx"));
        assertEquals("Export to Excel", link.getText());
        assertTrue(driver.findElements(By.cssSelector(".roadmap-leader-aggregate")).isEmpty());
        open("/browse/DEMO-1");
        WebElement issueView = waitFor(By.id("roadmap-workbook-export"));
        assertThat(issueView.getAttribute("href"), containsString("/rest/roadmap/1.0/export/portfolio.xlsx?projects=DEMO"));
        assertNoRenderErrors();
    }

    /**
     * The admin form on the reporting admin page: an unknown group is refused in the reader's words with the typed
     * text kept; a save is shown after a reload and leder's dashboard follows it; a form another administrator has
     * saved over meanwhile is refused (409) with what they saved, and their save is not lost.
     */
    @Test
    public void adminFormSavesLeaderAccessAndRefusesAStaleForm() throws Exception {
        login("admin", "admin");
        open("/plugins/servlet/roadmap/reporting-admin");
        WebElement groups = waitFor(By.id("roadmap-leader-groups"));
        assertEquals("portefolje-ledere", groups.getAttribute("value").strip());
        assertTrue(box("SKOLE").isSelected());
        groups.clear();
        groups.sendKeys("portefolje-ledere\nno-such-group");
        driver.findElement(By.id("roadmap-leader-submit")).click();
        assertEquals("There is no Jira group named no-such-group.", waitFor(By.cssSelector(".roadmap-error")).getText());
        assertEquals("portefolje-ledere\nno-such-group", waitFor(By.id("roadmap-leader-groups")).getAttribute("value"));

        groups = driver.findElement(By.id("roadmap-leader-groups"));
        groups.clear();
        groups.sendKeys("portefolje-ledere");
        tick("SKOLE");
        driver.findElement(By.id("roadmap-leader-submit")).click();
        assertThat(waitFor(By.cssSelector(".roadmap-message")).getText(), containsString("Projects: DEMO, HELSE."));
        open("/plugins/servlet/roadmap/reporting-admin");
        waitFor(By.id("roadmap-leader-groups"));
        assertFalse("the save survives a reload", box("SKOLE").isSelected());
        assertTrue(box("DEMO").isSelected());

        driver.manage().deleteAllCookies();
        login("leder", "leder");
        open("/secure/Dashboard.jspa");
        WebElement aggregate = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector(".roadmap-leader-aggregate")).stream().findFirst().orElse(null));
        assertThat(aggregate.getText(), containsString("DEMO, HELSE"));
        assertFalse("SKOLE no longer shares its figures", aggregate.getText().contains("SKOLE"));

        driver.manage().deleteAllCookies();
        login("admin", "admin");
        open("/plugins/servlet/roadmap/reporting-admin");
        waitFor(By.id("roadmap-leader-groups"));
        // a second administrator saves while this form is open
        RestClient other = new RestClient(sandbox.baseUrl(), "admin", "admin");
        JsonNode now = other.get("/leader-access").body();
        RestClient.Reply theirs = other.put("/leader-access", "{\"groups\":[\"portefolje-ledere\"],"
                + "\"projects\":[\"DEMO\",\"HELSE\",\"SKOLE\"],\"version\":" + now.get("version").asLong() + "}");
        assertEquals(theirs.body().toString(), 200, theirs.status());
        tick("HELSE");
        driver.findElement(By.id("roadmap-leader-submit")).click();
        assertEquals("Another administrator saved leader access in the meantime. It now names the groups: portefolje-ledere;"
                + " and the projects: DEMO, HELSE, SKOLE. Your choices are still in the form: check them and save again.",
                waitFor(By.cssSelector(".roadmap-error")).getText());
        assertFalse("the refused form keeps this administrator's choice", box("HELSE").isSelected());
        JsonNode stored = other.get("/leader-access").body();
        assertEquals("the first save is not lost", "[\"DEMO\",\"HELSE\",\"SKOLE\"]", stored.get("projects").toString());
        assertEquals(theirs.body().get("version").asLong(), stored.get("version").asLong());
        assertNoRenderErrors();
    }

    /** Clicks the box's label, as a person does (AUI lays the label over the box). */
    private void tick(String projectKey) {
        driver.findElement(By.cssSelector(".roadmap-leader-projects [data-project='" + projectKey + "'] label")).click();
    }

    private WebElement box(String projectKey) {
        return driver.findElement(By.cssSelector(".roadmap-leader-projects [data-project='" + projectKey + "'] input"));
    }
}
