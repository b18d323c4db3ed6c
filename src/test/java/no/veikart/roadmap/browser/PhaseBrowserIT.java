package no.veikart.roadmap.browser;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 4 end to end in Chromium: the admin sets up DEMO, a member creates an initiative from the project page, is
 * stopped at the gate with the open steps named, overrides with a reason, and sees it in the history.
 */
public class PhaseBrowserIT extends BrowserTestSupport {

    /** Hides the parent's start: an empty sandbox (no demo data), so set-up creates things. */
    @BeforeClass
    public static void startSandbox() throws IOException {
        startEmptySandbox(false);
    }

    @Test
    public void adminSetsUpMemberCreatesIsStoppedAtTheGateAndOverrides() {
        login("admin", "admin");
        open("/plugins/servlet/roadmap/admin");
        new Select(waitFor(By.id("roadmap-setup-project"))).selectByValue("DEMO");
        driver.findElement(By.id("roadmap-setup-submit")).click();
        WebElement done = waitFor(By.cssSelector(".roadmap-message"));
        assertThat(done.getText(), containsString("DEMO"));
        assertFalse("set-up created the issue types", done.getText().endsWith(": 0."));
        assertNoRenderErrors();
        screenshot("phase-01-admin-setup");
        open("/logout");

        login("member", "member");
        open("/plugins/servlet/roadmap/project?projectKey=DEMO");
        String summary = "Digital hjemmetrening <script>alert(1)</script>";
        waitFor(By.id("roadmap-summary")).sendKeys(summary);
        screenshot("phase-02-create-form");
        driver.findElement(By.id("roadmap-create-submit")).click();

        WebElement panel = waitFor(By.id("roadmap-progress"));
        assertThat(driver.getCurrentUrl(), containsString("/browse/DEMO-"));
        assertThat(panel.getText(), containsString(summary));
        List<WebElement> phases = driver.findElements(By.cssSelector(".roadmap-timeline .roadmap-phase"));
        assertEquals(6, phases.size());
        assertTrue(phases.get(0).getAttribute("class").contains("roadmap-phase-current"));
        assertNoRenderErrors();
        screenshot("phase-03-initiative");

        new Select(driver.findElement(By.id("roadmap-move-to"))).selectByValue("INSIGHT");
        driver.findElement(By.id("roadmap-move-submit")).click();
        WebElement blocked = waitFor(By.cssSelector(".roadmap-gate-blocked"));
        List<WebElement> missing = blocked.findElements(By.cssSelector(".roadmap-missing-steps li"));
        assertEquals(3, missing.size());
        assertEquals("Define problems and set goals", missing.get(0).getText());
        screenshot("phase-04-gate-blocked");

        driver.findElement(By.id("roadmap-move-override")).sendKeys("Approved by the steering group on 1 March");
        driver.findElement(By.id("roadmap-move-submit")).click();
        waiting(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".roadmap-history-override")));
        WebElement history = waitFor(By.cssSelector(".roadmap-history-override"));
        assertThat(history.getText(), containsString("Approved by the steering group on 1 March"));
        assertThat(history.getText(), containsString("Define problems and set goals"));
        assertTrue(driver.findElement(By.cssSelector(".roadmap-phase[data-phase='INSIGHT']")).getAttribute("class")
                .contains("roadmap-phase-current"));
        assertThat(driver.findElement(By.cssSelector(".activity-comment .action-body")).getText(),
                containsString("Approved by the steering group on 1 March"));
        screenshot("phase-05-overridden");
    }

    @Test
    public void viewerSeesTheProgressButCannotChangeIt() {
        login("admin", "admin");
        open("/plugins/servlet/roadmap/admin");
        new Select(waitFor(By.id("roadmap-setup-project"))).selectByValue("DEMO");
        driver.findElement(By.id("roadmap-setup-submit")).click();
        waitFor(By.cssSelector(".roadmap-message"));
        open("/plugins/servlet/roadmap/project?projectKey=DEMO");
        waitFor(By.id("roadmap-summary")).sendKeys("Viewer check");
        driver.findElement(By.id("roadmap-create-submit")).click();
        waitFor(By.id("roadmap-progress"));
        String url = driver.getCurrentUrl();
        open("/logout");

        login("viewer", "viewer");
        driver.get(url);
        waitFor(By.id("roadmap-progress"));
        assertTrue(driver.findElements(By.id("roadmap-move-form")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector(".roadmap-step-done")).stream().allMatch(b -> !b.isEnabled()));
        screenshot("phase-06-viewer");
    }
}
