package no.veikart.roadmap.browser;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The sandbox as a person meets it: log in, the dashboard, an issue. */
public class FoundationBrowserIT extends BrowserTestSupport {

    private static final String TASK = "10001";

    @Test
    public void adminLogsInThroughTheFormAndSeesDashboardAndIssue() {
        String summary = "Foundation check: <b>night-time</b> supervision & alarms";
        String key = createIssue("admin", "DEMO", TASK, summary);

        open("/login.jsp");
        screenshot("foundation-01-login");
        login("admin", "admin");

        assertThat(driver.getCurrentUrl(), containsString("/secure/Dashboard.jspa"));
        assertEquals("Anne Admin", waitFor(By.id("header-details-user-fullname")).getText());
        assertTrue(driver.findElement(By.id("admin_menu")).isDisplayed());
        driver.findElement(By.id("admin_menu")).click();
        waitFor(By.id("roadmap-admin-link")).click();
        waitFor(By.id("roadmap-admin"));
        assertThat(driver.getCurrentUrl(), containsString("/plugins/servlet/roadmap/admin"));
        open("/secure/Dashboard.jspa");
        WebElement demo = driver.findElement(By.cssSelector("#dashboard-projects tr[data-project-key='DEMO']"));
        assertThat(demo.getText(), containsString("Demo kommune – velferdsteknologi"));
        assertNoRenderErrors();
        screenshot("foundation-02-dashboard");

        open("/browse/" + key);
        assertEquals(summary, waitFor(By.id("summary-val")).getText());
        assertEquals("Task", driver.findElement(By.id("type-val")).getText());
        assertEquals("TO DO", driver.findElement(By.id("status-val")).getText().toUpperCase(Locale.ROOT));
        assertEquals("Demo kommune – velferdsteknologi", driver.findElement(By.id("project-name-val")).getText());
        assertEquals(key, driver.findElement(By.id("key-val")).getText());
        assertNoRenderErrors();
        screenshot("foundation-03-issue");
    }

    @Test
    public void anonymousVisitorIsSentToLoginAndBackToTheIssue() {
        String key = createIssue("admin", "DEMO", TASK, "Deep link after login");

        open("/browse/" + key);
        waitFor(By.id("login-form"));
        assertThat(driver.getCurrentUrl(), containsString("os_destination="));
        login("member", "member");

        assertThat(driver.getCurrentUrl(), containsString("/browse/" + key));
        assertEquals("Deep link after login", waitFor(By.id("summary-val")).getText());
        assertEquals("Martin Medlem", driver.findElement(By.id("header-details-user-fullname")).getText());
        assertTrue("member is no Jira admin", driver.findElements(By.id("admin_menu")).isEmpty());
    }
}
