package no.veikart.roadmap.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import no.veikart.roadmap.sandbox.jira.JiraStore;
import no.veikart.roadmap.sandbox.jira.SandboxDashboards;
import no.veikart.roadmap.sandbox.jira.UserProfiles;
import no.veikart.roadmap.testsupport.RestClient;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17 in Chromium: a member meets the gate into Piloting, writes the plan with the method's help beside each
 * point (a wrong end date is named next to its field, in Danish), logs observations and filters them, evaluates with
 * the guiding questions, and opens the decision document; a viewer sees the same forms disabled.
 */
public class PilotBrowserIT extends BrowserTestSupport {

    private static String initiativeInServiceDevelopment(String summary) throws Exception {
        RestClient member = new RestClient(sandbox.baseUrl(), "member", "member");
        String key = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"" + summary + "\"}").body().get("key").asText();
        member.post("/initiatives/" + key + "/phase", "{\"to\":\"SERVICE_DEVELOPMENT\",\"overrideReason\":\"browser test\"}");
        member.post("/initiatives/" + key + "/gains", "{\"type\":\"TIME\",\"title\":\"Plejetimer\",\"unit\":\"HOURS\","
                + "\"baseline\":{\"value\":100,\"date\":\"2021-01-01\"},\"target\":{\"value\":50,\"date\":\"2021-12-31\"},"
                + "\"frequency\":\"MONTHLY\"}");
        return key;
    }


    private void set(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    /** The panel re-renders after a save, so an element found before may be stale: look again until it says so. */
    private void awaitCompleteness(String text) {
        await("completeness " + text, d -> completeness().contains(text));
    }

    private String completeness() {
        return driver.findElement(By.id("roadmap-pilots-completeness")).getAttribute("textContent");
    }

    @Test
    public void memberPlansLogsAndEvaluatesInDanishAndTheGateSaysWhatIsMissing() throws Exception {
        sandbox.component(UserProfiles.class).setLanguage(sandbox.user("member"), "da");
        String key = initiativeInServiceDevelopment("Pilot i browseren");
        login("member", "member");
        open("/browse/" + key);
        waitFor(By.id("roadmap-pilots"));
        assertThat(completeness(), containsString("0 af 10"));
        List<WebElement> help = driver.findElements(By.cssSelector("#roadmap-pilot-plan .roadmap-pilot-help"));
        assertEquals(10, help.size());
        assertThat(help.get(0).getText(), containsString("Hvad vil I lære?"));

        // The gate into Piloting names the missing plan.
        new Select(driver.findElement(By.id("roadmap-move-to"))).selectByValue("PILOTING");
        driver.findElement(By.id("roadmap-move-submit")).click();
        // Locators, not elements, in the waits below: the panels re-render in place, so a kept element goes stale.
        By gate = By.cssSelector(".roadmap-gate-blocked .roadmap-gate-message");
        waitFor(gate);
        await("gate message", d -> d.findElement(gate).getText().contains("afprøvningsrunde 1 har ingen plan"));
        screenshot("pilot-01-gate");

        // A wrong end date is named next to its field.
        driver.findElement(By.id("roadmap-pilot-goals")).sendKeys("Klarer borgerne træningen?");
        set("roadmap-pilot-startDate", "2021-04-01");
        set("roadmap-pilot-endDate", "2021-03-01");
        driver.findElement(By.id("roadmap-pilot-plan-save")).click();
        By slot = By.cssSelector("#roadmap-pilot-plan .roadmap-pilots-slot[data-field='endDate']");
        waitFor(slot);
        await("end date error", d -> d.findElement(slot).isDisplayed() && d.findElement(slot).getText().contains("Slutdato"));
        assertEquals("true", driver.findElement(By.id("roadmap-pilot-endDate")).getAttribute("aria-invalid"));
        screenshot("pilot-02-plan-error");

        // Saved incomplete, the gate names the points still missing, in Danish.
        set("roadmap-pilot-endDate", "2021-06-30");
        driver.findElement(By.id("roadmap-pilot-plan-save")).click();
        awaitCompleteness("2 af 10");
        new Select(driver.findElement(By.id("roadmap-move-to"))).selectByValue("PILOTING");
        driver.findElement(By.id("roadmap-move-submit")).click();
        await("gate names the missing points", d -> {
            String text = d.findElement(By.cssSelector(".roadmap-gate-blocked .roadmap-gate-message")).getText();
            return text.contains("2 af 10") && text.contains("mangler") && text.contains("Omfang");
        });
        screenshot("pilot-01b-gate-incomplete");

        for (String[] field : new String[][] {{"roadmap-pilot-scope", "Distrikt Nord"}, {"roadmap-pilot-participants", "Borgere i hjemmeplejen"},
                {"roadmap-pilot-information", "Brev"}, {"roadmap-pilot-competence", "Kursus"}, {"roadmap-pilot-errorHandling", "Hotline"},
                {"roadmap-pilot-measurement", "Månedligt"}, {"roadmap-pilot-observation", "Besøg"}, {"roadmap-pilot-documentation", "Logbog"}}) {
            driver.findElement(By.id(field[0])).sendKeys(field[1]);
        }
        driver.findElement(By.id("roadmap-pilot-users")).sendKeys("12");
        driver.findElement(By.cssSelector("#roadmap-pilot-plan input[name='measurement.gainIds']")).click();
        driver.findElement(By.id("roadmap-pilot-plan-save")).click();
        awaitCompleteness("10 af 10");

        // The log: two entries, filtered by dimension.
        for (String[] entry : new String[][] {{"2021-04-12", "PEOPLE", "Fru Hansen rejste sig selv"}, {"2021-04-19", "TECHNOLOGY", "Tablet frøs"}}) {
            set("roadmap-pilot-obs-date", entry[0]);
            new Select(driver.findElement(By.id("roadmap-pilot-obs-dimension"))).selectByValue(entry[1]);
            driver.findElement(By.id("roadmap-pilot-obs-text")).sendKeys(entry[2]);
            int before = driver.findElements(By.cssSelector("#roadmap-pilot-log .roadmap-pilot-observation")).size();
            driver.findElement(By.id("roadmap-pilot-observe-add")).click();
            await("log entry", d -> d.findElements(By.cssSelector("#roadmap-pilot-log .roadmap-pilot-observation")).size() == before + 1);
        }
        new Select(driver.findElement(By.id("roadmap-pilot-filter"))).selectByValue("TECHNOLOGY");
        List<WebElement> shown = driver.findElements(By.cssSelector("#roadmap-pilot-log .roadmap-pilot-observation"));
        assertEquals(1, shown.stream().filter(WebElement::isDisplayed).count());
        screenshot("pilot-03-log");

        // The evaluation, with the guiding questions beside each dimension.
        assertThat(driver.findElement(By.cssSelector("#roadmap-pilot-evaluation [data-dimension='organisation'] .roadmap-pilot-questions"))
                .getText(), containsString("roller og ansvar"));
        driver.findElement(By.id("roadmap-pilot-evaluation-save")).click();
        By ratingSlot = By.cssSelector("#roadmap-pilot-evaluation .roadmap-pilots-slot[data-field='people.rating']");
        waitFor(ratingSlot);
        await("rating required", d -> d.findElement(ratingSlot).isDisplayed());
        for (String d : new String[] {"people", "organisation", "technology", "gains"}) {
            new Select(driver.findElement(By.id("roadmap-pilot-" + d + "-rating"))).selectByValue("4");
        }
        new Select(driver.findElement(By.id("roadmap-pilot-recommendation"))).selectByValue("FURTHER_TESTS");
        driver.findElement(By.id("roadmap-pilot-reasons")).sendKeys("Ét distrikt er for lidt");
        driver.findElement(By.id("roadmap-pilot-newGains")).sendKeys("Færre opkald fra pårørende\nSet i uge 6 og 7");
        driver.findElement(By.id("roadmap-pilot-evaluation-save")).click();
        await("evaluation saved", d -> "FURTHER_TESTS".equals(new Select(d.findElement(By.id("roadmap-pilot-recommendation")))
                        .getFirstSelectedOption().getAttribute("value"))
                && d.findElements(By.cssSelector("#roadmap-pilot-evaluation .roadmap-pilots-slot[data-field='people.rating']:not([hidden])")).isEmpty());
        assertNoRenderErrors();
        screenshot("pilot-04-evaluation");

        // New gains found: one click adds the first line as a gain, and the gain panel shows it.
        WebElement title = waitFor(By.id("roadmap-pilot-newgain-title"));
        assertEquals("Færre opkald fra pårørende", title.getAttribute("value"));
        driver.findElement(By.id("roadmap-pilot-newgain-add")).click();
        await("gain added", d -> !d.findElements(By.id("roadmap-pilot-newgain-added")).isEmpty()
                && d.findElements(By.cssSelector("#roadmap-gains .roadmap-gain-title")).stream()
                        .anyMatch(e -> e.getText().contains("Færre opkald fra pårørende")));
        screenshot("pilot-04b-new-gain");

        // Into Piloting (other rules overridden), then a decision against the recommendation needs a reason.
        new RestClient(sandbox.baseUrl(), "member", "member").post("/initiatives/" + key + "/phase",
                "{\"to\":\"PILOTING\",\"overrideReason\":\"browser test\"}");
        open("/browse/" + key);
        WebElement decision = waitFor(By.id("roadmap-move-decision"));
        assertEquals("FURTHER_TESTS", new Select(decision).getFirstSelectedOption().getAttribute("value"));
        new Select(decision).selectByValue("BACK_TO_SERVICE_DEVELOPMENT");
        driver.findElement(By.id("roadmap-move-submit")).click();
        By moveError = By.cssSelector(".roadmap-move-error");
        waitFor(moveError);
        await("reason asked for", d -> d.findElement(moveError).isDisplayed()
                && d.findElement(moveError).getText().contains("begrundelse"));
        driver.findElement(By.id("roadmap-move-reason")).sendKeys("Servicen skal designes om først");
        driver.findElement(By.id("roadmap-move-submit")).click();
        await("moved back to Service development", d -> d.findElements(By.id("roadmap-move-decision")).isEmpty());
        open("/browse/" + key);
        List<String> notes = waitFor(By.id("roadmap-progress")).findElements(By.cssSelector(".roadmap-history-advice")).stream()
                .map(e -> e.getAttribute("textContent").strip()).toList();
        assertEquals(1, notes.size());
        // The text as written (the lozenge's CSS shows it in capitals).
        assertThat(notes.get(0), containsString("Imod anbefalingen (Gennemfør flere test)"));
        screenshot("pilot-04c-against-advice");

        open("/plugins/servlet/roadmap/decision?issueKey=" + key + "&round=1");
        WebElement recommendation = waitFor(By.id("roadmap-decision-recommendation"));
        assertEquals("FURTHER_TESTS", recommendation.getAttribute("data-recommendation"));
        assertThat(recommendation.getText(), containsString("Flere afprøvninger"));
        assertThat(driver.findElement(By.id("roadmap-decision-log")).getText(), containsString("Tablet frøs"));
        assertEquals("BACK_TO_SERVICE_DEVELOPMENT", driver.findElement(By.id("roadmap-decision-taken")).getAttribute("data-decision"));
        assertThat(driver.findElement(By.id("roadmap-decision-advice")).getText(), containsString("Imod anbefalingen"));
        assertThat(driver.findElement(By.id("roadmap-decision-reason")).getText(), containsString("designes om"));
        assertEquals("da", driver.findElement(By.tagName("html")).getAttribute("lang"));
        screenshot("pilot-05-decision-document");
    }

    @Test
    public void viewerSeesThePlanDisabled() throws Exception {
        String key = initiativeInServiceDevelopment("Pilot for viewer");
        login("viewer", "viewer");
        open("/browse/" + key);
        WebElement panel = waitFor(By.id("roadmap-pilots"));
        assertEquals("false", panel.getAttribute("data-editable"));
        assertFalse(driver.findElement(By.id("roadmap-pilot-goals")).isEnabled());
        assertTrue(driver.findElements(By.id("roadmap-pilot-plan-save")).isEmpty());
        assertTrue(driver.findElements(By.id("roadmap-pilot-observe")).isEmpty());
        assertNoRenderErrors();
    }

    /**
     * The portfolio gadget's pilots section over the demo (DemoPilots.portfolio: one pilot ending in 20 days, one running
     * for 75 more, one ended without evaluation): each count is what GET /portfolio says and links to its issues.
     */
    @Test
    public void portfolioGadgetShowsRunningEndingAndUnevaluatedPilotsLinkedToTheirIssues() throws Exception {
        SandboxDashboards dashboards = new SandboxDashboards(sandbox.component(JiraStore.class));
        String owner = sandbox.user("admin").getKey();
        dashboards.itemsOf(owner).forEach(item -> dashboards.remove(owner, item.id()));
        dashboards.savePreferences(owner, dashboards.add(owner, "no.veikart.service-innovation-roadmap:portfolio-gadget").id(),
                java.util.Map.of("isConfigured", "true", "projects", "DEMO,HELSE,SKOLE", "currency", "DKK"));
        RestClient.Reply reply = new RestClient(sandbox.baseUrl(), "admin", "admin")
                .get("/portfolio?projects=DEMO,HELSE,SKOLE&currency=DKK&sections=pilots");
        assertEquals(reply.body().toString(), 200, reply.status());
        com.fasterxml.jackson.databind.JsonNode pilots = reply.body().get("sections").get("pilots");
        assertEquals(2, pilots.get("running").get("count").asInt());
        assertEquals(1, pilots.get("endingWithin30Days").get("count").asInt());
        assertTrue(pilots.get("endedWithoutEvaluation").get("count").asInt() >= 1);

        login("admin", "admin");
        open("/secure/Dashboard.jspa");
        for (String figure : List.of("running", "endingWithin30Days", "endedWithoutEvaluation")) {
            WebElement link = waitFor(By.cssSelector(".roadmap-portfolio-pilots-" + figure + " a.roadmap-portfolio-number"));
            assertEquals(figure, pilots.get(figure).get("count").asText(), link.getText());
            List<String> keys = new java.util.ArrayList<>();
            pilots.get(figure).get("issueKeys").forEach(k -> keys.add(k.asText()));
            assertEquals(figure, String.join(",", keys), link.getAttribute("data-issue-keys"));
        }
        assertThat(driver.findElement(By.cssSelector(".roadmap-portfolio-pilots")).getText(), containsString("Ending within 30 days"));
        screenshot("pilot-06-portfolio");
        assertNoRenderErrors();
    }
}
