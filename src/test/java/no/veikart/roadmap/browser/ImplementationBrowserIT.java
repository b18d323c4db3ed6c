package no.veikart.roadmap.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import no.veikart.roadmap.sandbox.jira.UserProfiles;
import no.veikart.roadmap.testsupport.RestClient;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 18 in Chromium, in Danish: a member adds a unit in the form (a missing name answered next to its field), sees
 * the live unit's shifts red with the warning on top, adds a super-user and the gap turns covered; a viewer sees the
 * plan without any control.
 */
public class ImplementationBrowserIT extends BrowserTestSupport {


    private WebElement form(String kind) {
        return driver.findElement(By.id("roadmap-impl-form-" + kind));
    }

    @Test
    public void memberBuildsAUnitSeesTheGapAndCoversItViewerOnlyReads() throws Exception {
        sandbox.component(UserProfiles.class).setLanguage(sandbox.user("member"), "da");
        RestClient member = new RestClient(sandbox.baseUrl(), "member", "member");
        String key = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Udrulning i hjemmeplejen\"}").body().get("key").asText();
        login("member", "member");
        open("/browse/" + key);

        waitFor(By.cssSelector("#roadmap-implementation .roadmap-impl-toolbar .roadmap-impl-open")).click();
        WebElement unit = form("unit");
        assertTrue(unit.isDisplayed());
        unit.findElement(By.name("staff")).sendKeys("20");
        unit.findElement(By.cssSelector("[name='shifts'][value='DAY']")).click();
        unit.findElement(By.cssSelector("[name='shifts'][value='NIGHT']")).click();
        new Select(unit.findElement(By.name("status"))).selectByValue("LIVE");
        unit.findElement(By.cssSelector("button[type='submit']")).click();
        await("name error next to its field", d -> form("unit").findElement(By.cssSelector(".roadmap-impl-slot[data-field='name']")).isDisplayed());
        String nameError = form("unit").findElement(By.cssSelector(".roadmap-impl-slot[data-field='name']")).getText();
        assertTrue(nameError, nameError.contains("Navn"));
        assertEquals("true", form("unit").findElement(By.name("name")).getAttribute("aria-invalid"));

        form("unit").findElement(By.name("name")).sendKeys("Distrikt Nord");
        form("unit").findElement(By.cssSelector("button[type='submit']")).click();
        await("unit row", d -> !d.findElements(By.cssSelector("#roadmap-impl-table .roadmap-impl-unit")).isEmpty());
        List<WebElement> gaps = driver.findElements(By.cssSelector(".roadmap-impl-unit .roadmap-impl-gap"));
        assertEquals(2, gaps.size());
        String red = gaps.get(0).getCssValue("background-color");
        assertTrue(red, red.contains("255, 235, 230"));
        List<WebElement> warnings = driver.findElements(By.cssSelector("#roadmap-impl-warnings li[data-code='NO_SUPER_USER']"));
        assertEquals(2, warnings.size());
        assertTrue(warnings.get(0).getText(), warnings.get(0).getText().contains("Distrikt Nord")
                && warnings.get(0).getText().contains("superbruger"));

        driver.findElement(By.cssSelector(".roadmap-impl-unit .roadmap-impl-open[data-form='super-users']")).click();
        WebElement su = form("super-users");
        su.findElement(By.name("name")).sendKeys("Birgit Holm");
        new Select(su.findElement(By.name("shift"))).selectByValue("NIGHT");
        su.findElement(By.cssSelector("button[type='submit']")).click();
        await("night covered", d -> d.findElements(By.cssSelector(".roadmap-impl-unit .roadmap-impl-gap")).size() == 1);
        WebElement night = driver.findElement(By.cssSelector(".roadmap-impl-unit .roadmap-impl-shift[data-shift='NIGHT']"));
        assertTrue(night.getText(), night.getText().contains("Birgit Holm") && night.getText().contains("Nat"));
        assertEquals(1, driver.findElements(By.cssSelector("#roadmap-impl-warnings li[data-code='NO_SUPER_USER']")).size());

        driver.findElement(By.cssSelector(".roadmap-impl-unit .roadmap-impl-open[data-form='trainings']")).click();
        WebElement training = form("trainings");
        // A date input takes typed keys in the browser's locale order; its value is always ISO.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                training.findElement(By.name("date")), LocalDate.now(ZoneOffset.UTC).minusDays(3).toString());
        training.findElement(By.name("trained")).sendKeys("12");
        training.findElement(By.cssSelector("button[type='submit']")).click();
        await("training bar at 60 %", d -> "60".equals(d.findElement(By.cssSelector(".roadmap-impl-bar")).getAttribute("aria-valuenow")));
        assertFalse(driver.findElements(By.cssSelector("#roadmap-impl-warnings li[data-code='TRAINING_BELOW_TARGET']")).isEmpty());

        driver.manage().deleteAllCookies();
        login("viewer", "viewer");
        open("/browse/" + key);
        waitFor(By.cssSelector("#roadmap-implementation .roadmap-impl-unit"));
        assertEquals("false", driver.findElement(By.id("roadmap-implementation")).getAttribute("data-editable"));
        assertTrue(driver.findElements(By.cssSelector("#roadmap-implementation .roadmap-impl-open, #roadmap-implementation form")).isEmpty());
        assertEquals(1, driver.findElements(By.cssSelector(".roadmap-impl-unit .roadmap-impl-gap")).size());
    }
}
