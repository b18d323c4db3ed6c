package no.veikart.roadmap.browser;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Keeping the anchoring tool updated: a member logs a contact with a stakeholder of the demo initiative. */
public class ContactLogBrowserIT extends BrowserTestSupport {

    @Test
    public void memberLogsWhatWasAgreedAndSeesItInTheLog() {
        login("member", "member");
        open("/browse/DEMO-1");
        WebElement row = waitFor(By.cssSelector("#roadmap-stakeholder-table .roadmap-stakeholder-row"));
        String name = row.getAttribute("data-name");
        row.findElement(By.cssSelector(".roadmap-stakeholder-contact")).click();

        WebElement dialog = waitFor(By.id("roadmap-contact-dialog"));
        assertEquals(name, dialog.findElement(By.cssSelector(".roadmap-contact-name")).getText());
        WebElement agreed = waitFor(By.id("roadmap-contact-agreed"));
        driver.findElement(By.id("roadmap-contact-save")).click();
        WebElement error = waitFor(By.cssSelector(".roadmap-contact-field-error[data-field='agreed']"));
        assertTrue(error.getText().length() > 3);
        screenshot("contact-01-validation");

        agreed.sendKeys("Agreed to present the evaluation at the next committee meeting <b>bold</b>");
        driver.findElement(By.id("roadmap-contact-save")).click();
        // A saved contact reloads the page: wait for the old page to go, not for the dialog to hide.
        waiting(Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(row));

        WebElement again = waitFor(By.cssSelector("#roadmap-stakeholder-table .roadmap-stakeholder-row[data-name='" + name + "']"));
        again.findElement(By.cssSelector(".roadmap-stakeholder-contact")).click();
        List<WebElement> log = waiting(Duration.ofSeconds(15)).until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector(".roadmap-contact-log .roadmap-contact-agreed"));
            return items.isEmpty() ? null : items;
        });
        assertThat(log.get(0).getText(), containsString("<b>bold</b>"));
        assertNoRenderErrors();
        screenshot("contact-02-logged");
    }
}
