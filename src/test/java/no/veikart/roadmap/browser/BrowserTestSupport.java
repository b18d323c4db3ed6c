package no.veikart.roadmap.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.testsupport.RestClient;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.Before;
import org.junit.BeforeClass;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser tests against a sandbox of their own: one sandbox per test class (fresh home, port from
 * {@code roadmap.it.port} or any free one), a fresh headless Debian Chromium per test through Debian's chromedriver
 * (named explicitly, so Selenium Manager never looks for or downloads anything), login through the form, and
 * screenshots under {@code roadmap.screenshots}. Without Chromium the tests are skipped, unless
 * {@code roadmap.require.browser=true} (CI), where they fail.
 */
public abstract class BrowserTestSupport {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** How long {@link #await} waits: panels answer after a REST round trip on a loaded build machine. */
    private static final Duration AWAIT = Duration.ofSeconds(20);

    /** Shared by the tests of one class (JUnit 4 class fixtures are static). */
    protected static Sandbox sandbox;
    private static Path home;

    protected WebDriver driver;
    private Path userDataDir;

    @BeforeClass
    public static void startSandbox() throws IOException {
        requireBrowser();
        home = Files.createTempDirectory("roadmap-browser-home");
        sandbox = Sandbox.start(port(), home);
    }

    /**
     * For a class whose own {@code startSandbox} hides this one's: an empty sandbox without demo data, optionally with
     * DEMO set up by admin. This class's {@code stopSandbox} still stops it, removes its home and checks the Velocity
     * allowlist.
     */
    protected static void startEmptySandbox(boolean setUpDemo) throws IOException {
        requireBrowser();
        home = Files.createTempDirectory("roadmap-browser-empty");
        sandbox = Sandbox.start(0, home, false);
        if (setUpDemo) {
            try {
                RestClient.Reply setup = new RestClient(sandbox.baseUrl(), "admin", "admin")
                        .post("/projects/DEMO/setup", "{}");
                assertEquals(setup.body().toString(), 200, setup.status());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    @AfterClass
    public static void stopSandbox() {
        List<String> refusals = sandbox == null ? List.of() : sandbox.velocityAllowlistRefusals();
        if (sandbox != null) {
            sandbox.stop();
            sandbox = null;
        }
        deleteTree(home);
        // A template call Jira 10+ blocks renders nothing there: the pages these tests saw would differ in Jira.
        assertEquals("Method needs allowlisting", List.of(), refusals);
    }

    @Before
    public void startBrowser() throws IOException {
        userDataDir = Files.createTempDirectory("roadmap-chromium");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + userDataDir);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @After
    public void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        deleteTree(userDataDir);
    }

    /** Skips (or, with {@code roadmap.require.browser=true}, fails) when Debian's Chromium is not installed. */
    static void requireBrowser() {
        boolean present = Files.isExecutable(Paths.get(CHROMIUM)) && Files.isExecutable(Paths.get(CHROMEDRIVER));
        if (!present && Boolean.getBoolean("roadmap.require.browser")) {
            fail(CHROMIUM + " and " + CHROMEDRIVER + " are required (apt-get install chromium chromium-driver)");
        }
        Assume.assumeTrue("Chromium not installed: browser test skipped", present);
    }

    private static int port() throws IOException {
        String configured = System.getProperty("roadmap.it.port");
        if (configured != null && !configured.isBlank() && !configured.startsWith("$")) {
            return Integer.parseInt(configured.trim());
        }
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Opens a context-relative page, e.g. {@code /secure/Dashboard.jspa}. */
    protected void open(String path) {
        driver.get(sandbox.baseUrl() + path);
    }

    /** Logs in through Jira's login form; ends on the page {@code os_destination} names (the dashboard if none). */
    protected void login(String username, String password) {
        if (!driver.getCurrentUrl().contains("/login.jsp")) {
            open("/login.jsp");
        }
        waitFor(By.id("login-form-username")).sendKeys(username);
        driver.findElement(By.id("login-form-password")).sendKeys(password);
        driver.findElement(By.id("login-form-submit")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/login.jsp"));
    }

    protected WebElement waitFor(By locator) {
        return waiting(WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * A wait for which an element not there yet and one replaced while being read both mean "not yet": the panels
     * re-render in place after each change, so an element found a moment ago may be stale when the condition reads it.
     * (WebDriverWait already ignores NotFoundException, which covers NoSuchElementException.)
     */
    protected WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Waits until {@code condition} answers true (see {@link #waiting}); the timeout message names it. */
    protected void await(String what, Function<WebDriver, Boolean> condition) {
        waiting(AWAIT).withMessage(what).until(condition);
    }

    /** Saves a PNG of the viewport as {@code <roadmap.screenshots>/<name>.png} and returns its path. */
    protected Path screenshot(String name) {
        Path dir = Paths.get(System.getProperty("roadmap.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No web panel, web item or dashboard item on the page failed to render (the sandbox shows such failures). */
    protected void assertNoRenderErrors() {
        List<WebElement> errors = driver.findElements(By.cssSelector(".roadmap-sandbox-render-error"));
        assertTrue("Render errors on " + driver.getCurrentUrl() + ": "
                + errors.stream().map(WebElement::getText).reduce("", String::concat), errors.isEmpty());
    }

    /** Errors in the browser console since the last call: script errors, console.error, failed loads. */
    protected List<String> browserErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString)
                .toList();
    }

    /** Creates an issue in-process through Jira's IssueService as the given user; returns its key. */
    protected static String createIssue(String username, String projectKey, String issueTypeId, String summary) {
        ApplicationUser user = sandbox.user(username);
        IssueService issues = sandbox.component(IssueService.class);
        IssueInputParameters params = issues.newIssueInputParameters()
                .setProjectId(sandbox.component(ProjectManager.class).getProjectObjByKey(projectKey).getId())
                .setIssueTypeId(issueTypeId)
                .setSummary(summary);
        IssueService.CreateValidationResult validation = issues.validateCreate(user, params);
        assertTrue("issue valid: " + validation.getErrorCollection(), validation.isValid());
        return issues.create(user, validation).getIssue().getKey();
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
