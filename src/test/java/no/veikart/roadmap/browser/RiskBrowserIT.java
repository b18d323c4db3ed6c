package no.veikart.roadmap.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import no.veikart.roadmap.sandbox.jira.UserProfiles;
import no.veikart.roadmap.testsupport.RestClient;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 15 in Chromium, in Danish: a member adds a risk in the dialog (inline errors first), sees it on both heat maps,
 * filters the register by a cell, adds a measure as a Jira task; a viewer sees the panel without controls; the printable
 * handover page shows the initiative, risks and owner in the reader's language.
 */
public class RiskBrowserIT extends BrowserTestSupport {


    private List<WebElement> visibleRows() {
        return driver.findElements(By.cssSelector("#roadmap-risk-table tbody tr")).stream().filter(WebElement::isDisplayed).toList();
    }

    @Test
    public void memberRegistersARiskFiltersByCellAndPrintsTheHandover() throws Exception {
        sandbox.component(UserProfiles.class).setLanguage(sandbox.user("member"), "da");
        RestClient member = new RestClient(sandbox.baseUrl(), "member", "member");
        String key = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Risici i browseren\"}").body().get("key").asText();
        member.post("/initiatives/" + key + "/risks", "{\"title\":\"Lav risiko\",\"category\":\"ECONOMY\",\"likelihood\":1,\"consequence\":2}");

        login("member", "member");
        open("/browse/" + key);
        waitFor(By.id("roadmap-risk-add")).click();
        await("dialog", d -> d.findElement(By.id("roadmap-risk-title")).isDisplayed());
        driver.findElement(By.id("roadmap-risk-save")).click();
        await("inline error on the title", d -> d.findElements(By.cssSelector(".roadmap-risk-error[data-field='title']")).stream()
                .anyMatch(WebElement::isDisplayed));
        String titleError = driver.findElement(By.cssSelector(".roadmap-risk-error[data-field='title']")).getText();
        assertTrue(titleError, titleError.contains("Risiko"));

        driver.findElement(By.id("roadmap-risk-title")).sendKeys("Leverandøren udfaser appen");
        new Select(driver.findElement(By.id("roadmap-risk-category"))).selectByValue("SUPPLIER");
        new Select(driver.findElement(By.id("roadmap-risk-likelihood"))).selectByValue("4");
        new Select(driver.findElement(By.id("roadmap-risk-consequence"))).selectByValue("5");
        new Select(driver.findElement(By.id("roadmap-risk-residualLikelihood"))).selectByValue("3");
        driver.findElement(By.id("roadmap-risk-save")).click();
        await("residual consequence named inline", d -> d.findElements(By.cssSelector(".roadmap-risk-error[data-field='residualConsequence']"))
                .stream().anyMatch(WebElement::isDisplayed));
        new Select(driver.findElement(By.id("roadmap-risk-residualConsequence"))).selectByValue("4");
        driver.findElement(By.id("roadmap-risk-save")).click();
        await("two risks in the register", d -> d.findElements(By.cssSelector("#roadmap-risk-table tbody tr")).size() == 2);

        WebElement before = driver.findElement(By.cssSelector("#roadmap-risk-map-before .roadmap-risk-cell-button[data-cell='4-5']"));
        assertEquals("1", before.getText());
        assertTrue(before.findElement(By.xpath("..")).getAttribute("class").contains("roadmap-risk-HIGH"));
        assertEquals("1", driver.findElement(By.cssSelector("#roadmap-risk-map-after .roadmap-risk-cell-button[data-cell='3-4']")).getText());
        assertTrue(driver.findElement(By.id("roadmap-risk-warnings")).getText().contains("Leverandøren udfaser appen"));

        before.click();
        await("filtered to the cell", d -> visibleRows().size() == 1);
        assertEquals("Leverandøren udfaser appen", visibleRows().get(0).getAttribute("data-title"));
        driver.findElement(By.id("roadmap-risk-show-all")).click();
        await("all rows again", d -> visibleRows().size() == 2);
        screenshot("risk-panel-da");

        driver.findElement(By.cssSelector(".roadmap-risk-row[data-title='Leverandøren udfaser appen'] .roadmap-risk-add-measure")).click();
        await("measure dialog", d -> d.findElement(By.id("roadmap-measure-text")).isDisplayed());
        driver.findElement(By.id("roadmap-measure-text")).sendKeys("Exit-klausul med dataeksport");
        // AUI draws the checkbox under its label: click the label, as a person does.
        driver.findElement(By.cssSelector("label[for='roadmap-measure-issue']")).click();
        driver.findElement(By.id("roadmap-measure-save")).click();
        await("measure with its Jira task", d -> !d.findElements(By.cssSelector("#roadmap-risk-table .roadmap-risk-issue")).isEmpty());
        assertFalse(driver.findElements(By.id("roadmap-risk-warnings")).stream().anyMatch(w -> w.getText().contains("Leverandøren")));

        open("/plugins/servlet/roadmap/handover?issueKey=" + key);
        String page = waitFor(By.id("roadmap-handover-page")).getText();
        assertTrue(page, page.contains("Overdragelse til drift"));
        assertTrue(page, page.contains("Leverandøren udfaser appen"));
        assertTrue(page, page.contains("Exit-klausul med dataeksport"));
        screenshot("risk-handover-da");

        login("viewer", "viewer");
        open("/browse/" + key);
        WebElement panel = waitFor(By.id("roadmap-risks"));
        assertEquals("false", panel.getAttribute("data-editable"));
        assertTrue(driver.findElements(By.id("roadmap-risk-add")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector(".roadmap-risk-edit")).isEmpty());
    }
}
