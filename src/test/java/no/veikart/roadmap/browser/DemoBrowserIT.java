package no.veikart.roadmap.browser;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.hamcrest.MatcherAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.veikart.roadmap.testsupport.RestClient;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo as a manager meets it: the dashboard already showing the demo portfolio, and the Kerteminde initiative in
 * new practice, in English and in Danish.
 */
public class DemoBrowserIT extends BrowserTestSupport {

    @Test
    public void kertemindeInitiativeShowsItsWholeJourney() {
        login("member", "member");
        open("/browse/DEMO-1");
        WebElement panel = waitFor(By.id("roadmap-progress"));
        assertThat(panel.getText(), containsString("Kerteminde"));
        assertEquals("NEW_PRACTICES",
                driver.findElement(By.cssSelector(".roadmap-phase.roadmap-phase-current")).getAttribute("data-phase"));
        List<WebElement> history = driver.findElements(By.cssSelector(".roadmap-history .roadmap-history-row"));
        assertEquals(6, history.size());
        assertThat(history.get(3).getText(), containsString("Run further tests"));
        assertThat(history.get(4).getText(), containsString("Proceed to operations"));
        assertNoRenderErrors();
        screenshot("readme-progress-panel");

        new Select(driver.findElement(By.id("user-locale"))).selectByValue("da");
        WebElement danish = waitFor(By.id("roadmap-progress"));
        assertThat(danish.getText(), containsString("Ny praksis"));
        assertNoRenderErrors();
        screenshot("demo-progress-panel-da");
    }

    @Test
    public void theDashboardOpensOnTheDemoPortfolio() throws Exception {
        login("admin", "admin");
        open("/secure/Dashboard.jspa");
        // One gadget for all projects, then one per project: all in view mode with their figures, none to configure.
        List<WebElement> views = waiting(Duration.ofSeconds(30)).until(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector(".dashboard-item-frame[data-mode='view'] .roadmap-portfolio"));
            return shown.size() == 4 ? shown : null;
        });
        List<String> counts = new ArrayList<>();
        views.forEach(v -> counts.add(v.findElement(By.cssSelector("[data-what='initiatives']")).getText()));
        RestClient admin = new RestClient(sandbox.baseUrl(), "admin", "admin");
        List<String> expected = new ArrayList<>();
        for (String query : List.of("", "projects=DEMO", "projects=HELSE", "projects=SKOLE")) {
            JsonNode p = admin.get("/portfolio?" + query).body();
            expected.add(p.get("initiatives").asText());
        }
        assertEquals(expected, counts);
        assertThat(views.get(0).getText(), containsString("All projects"));
        assertTrue("the demo is a portfolio: " + counts, Integer.parseInt(counts.get(0)) >= 20);
        assertNoRenderErrors();

        driver.manage().window().setSize(new Dimension(1280, 1900));
        WebElement frame = driver.findElements(By.cssSelector(".dashboard-item-frame")).get(0);
        Path shot = Paths.get(System.getProperty("roadmap.screenshots", "target/screenshots"),
                "readme-demo-portfolio-gadget.png");
        Files.createDirectories(shot.getParent());
        // Under target/ only; .ci/refresh-screenshots copies it into the README's pictures on purpose.
        Files.copy(frame.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
    }
}
