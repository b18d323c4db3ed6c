package no.veikart.roadmap.browser;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.hamcrest.MatcherAssert.assertThat;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The demo as a manager meets it: the Kerteminde initiative in new practice, in English and in Danish. */
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
}
