package no.veikart.roadmap.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.plugin.web.Condition;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * docs/jira-fidelity.md holds one row for every Atlassian type and member the plugin's bytecode (target/classes of
 * src/main/java) uses, and no row for anything it no longer uses. The failure message prints the rows to paste.
 */
public class JiraFidelityTest {

  private static final Path BASE = Paths.get(System.getProperty("basedir", System.getProperty("user.dir")));

  private static Set<String> atlassianPackages;
  private static Map<String, ClassFileInfo> mainClasses;

  @BeforeClass
  public static void read() throws IOException {
    atlassianPackages = PluginJarIT.readStandInPackages();
    mainClasses = JiraFidelity.readClasses(BASE.resolve("target/classes"));
  }

  private static boolean isAtlassian(String internalName) {
    int slash = internalName.lastIndexOf('/');
    return slash > 0 && atlassianPackages.contains(internalName.substring(0, slash).replace('/', '.'));
  }

  private static boolean isPlugin(String internalName) {
    return internalName.startsWith(PluginJarIT.OWN_CLASSES) && !isAtlassian(internalName);
  }

  @Test
  public void tableHasARowForEveryAtlassianMemberTheBytecodeUsesAndNoOther() throws IOException {
    assertTrue("no stand-in packages under " + PluginJarIT.STAND_IN_SOURCES, !atlassianPackages.isEmpty());
    assertTrue("no plugin classes in target/classes: compile first",
        mainClasses.keySet().stream().anyMatch(JiraFidelityTest::isPlugin));
    Map<JiraFidelity.Key, String> used = JiraFidelity.uses(mainClasses, JiraFidelityTest::isPlugin, JiraFidelityTest::isAtlassian);
    List<String> problems = new ArrayList<>();
    List<JiraFidelity.Row> rows = JiraFidelity.parse(JiraFidelity.readTable(BASE.resolve(JiraFidelity.TABLE)), problems);
    System.out.println(JiraFidelity.summary(rows));
    problems.addAll(JiraFidelity.compare(used, rows));
    if (!problems.isEmpty()) {
      fail(JiraFidelity.TABLE + " does not match the bytecode (" + used.size() + " uses):\n"
          + String.join("\n\n", problems));
    }
  }

  // ------------------------------------------------------------------------------------------------------------------
  // the checker itself can fail
  // ------------------------------------------------------------------------------------------------------------------

  /** Uses Atlassian's API in each way the checker must see. */
  static final class Fixture implements Condition {
    @Override
    public void init(Map<String, String> params) {}

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
      TransactionCallback<String> callback = () -> JobId.of("x").toString();
      return RunMode.RUN_LOCALLY.equals(context.get("mode")) && callback.doInTransaction() != null;
    }
  }

  private static Map<JiraFidelity.Key, String> fixtureUses() throws IOException {
    Map<String, ClassFileInfo> classes = new TreeMap<>(mainClasses);
    String fixture = Fixture.class.getName().replace('.', '/');
    try (var in = Fixture.class.getResourceAsStream("/" + fixture + ".class")) {
      classes.put(fixture, ClassFileInfo.parse(in.readAllBytes()));
    }
    Predicate<String> onlyFixture = n -> n.startsWith(fixture);
    return JiraFidelity.uses(classes, onlyFixture, JiraFidelityTest::isAtlassian);
  }

  @Test
  public void checkerSeesOverridesLambdasStaticCallsAndFields() throws IOException {
    Map<JiraFidelity.Key, String> uses = fixtureUses();
    assertEquals("implements", uses.get(new JiraFidelity.Key("com.atlassian.plugin.web.Condition", "")));
    assertEquals("overrides",
        uses.get(new JiraFidelity.Key("com.atlassian.plugin.web.Condition", "shouldDisplay(Map): boolean")));
    assertEquals("overrides", uses.get(new JiraFidelity.Key("com.atlassian.plugin.web.Condition", "init(Map): void")));
    assertEquals("call, overrides",
        uses.get(new JiraFidelity.Key("com.atlassian.sal.api.transaction.TransactionCallback", "doInTransaction(): Object")));
    assertEquals("static call", uses.get(new JiraFidelity.Key("com.atlassian.scheduler.config.JobId", "of(String): JobId")));
    assertEquals("field",
        uses.get(new JiraFidelity.Key("com.atlassian.scheduler.config.RunMode", "RUN_LOCALLY: RunMode")));
    // JobId#toString and Object's members are Java's, not Atlassian's.
    assertTrue(uses.keySet().stream().noneMatch(k -> k.member().startsWith("toString")));
  }

  @Test
  public void missingStaleChangedAndUnsourcedRowsAreReported() {
    JiraFidelity.Key type = new JiraFidelity.Key("com.atlassian.scheduler.config.JobId", "");
    JiraFidelity.Key of = new JiraFidelity.Key("com.atlassian.scheduler.config.JobId", "of(String): JobId");
    JiraFidelity.Key gone = new JiraFidelity.Key("com.atlassian.scheduler.config.JobId", "toString(): String");
    Map<JiraFidelity.Key, String> used = Map.of(type, "refers", of, "static call");
    List<String> problems = new ArrayList<>();
    List<JiraFidelity.Row> rows = JiraFidelity.parse(List.of(
        "| Type | Member | Use | Verdict | Source |",
        "|---|---|---|---|---|",
        JiraFidelity.format(type, "implements", JiraFidelity.CONFIRMED, "x"),
        JiraFidelity.format(gone, "call", JiraFidelity.OLDER, ""),
        JiraFidelity.COMING_HEADING,
        JiraFidelity.format(of, "call", JiraFidelity.CONFIRMED, "repo path")), problems);
    assertEquals(List.of("line 4: a 'older only' row names its source: "
        + JiraFidelity.format(gone, "call", JiraFidelity.OLDER, "")), problems);
    String report = String.join("\n", JiraFidelity.compare(used, rows));
    assertTrue(report, report.contains("line 3 -> " + JiraFidelity.format(type, "refers", JiraFidelity.CONFIRMED, "x")));
    assertTrue(report, report.contains("line 4: " + JiraFidelity.format(gone, "call", JiraFidelity.OLDER, "")));
    assertTrue(report, report.contains(JiraFidelity.format(of, "static call", JiraFidelity.CONFIRMED, "repo path")));
    assertEquals(List.of("Missing rows: paste each under the rows of its type (or as a new group), then look for a"
            + " Jira 10/11 source and set verdict and source:\n"
            + JiraFidelity.format(of, "static call", JiraFidelity.UNCONFIRMED, "")),
        JiraFidelity.compare(used, JiraFidelity.parse(
            List.of(JiraFidelity.format(type, "refers", JiraFidelity.CONFIRMED, "x")), new ArrayList<>())));
  }
}
