package no.veikart.roadmap.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
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
}
