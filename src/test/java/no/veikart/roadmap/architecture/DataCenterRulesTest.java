package no.veikart.roadmap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.RunMode;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Data Center rules beyond "no static mutable state" ({@link ArchitectureTest}): every node of a cluster must be
 * able to serve every request, so the plugin keeps nothing that another node needs in its own JVM or on its own disk.
 * <ul>
 * <li>no local files: no {@code java.io.File}, file streams or {@code Files.write*}, no {@code java.io.tmpdir};
 * files belong in Jira's shared home, behind one adapter package ({@value #SHARED_HOME_ADAPTER}, none yet);</li>
 * <li>no in-JVM caches: the objects Spring keeps for the plugin's lifetime (beans, module classes, what their fields
 * hold) have only final fields and no collections, unless allowed below with a reason; no Guava, Caffeine, JCache,
 * Ehcache or soft/weak-reference caches, no {@code LinkedHashMap} subclasses or access-ordered maps: caches go
 * through Atlassian Cache ({@code com.atlassian.cache.CacheManager}), which Jira replicates or invalidates across
 * nodes;</li>
 * <li>scheduled jobs run once per cluster: no {@code RunMode.RUN_LOCALLY}, and whoever schedules a job names
 * {@code RUN_ONCE_PER_CLUSTER} ({@code PluginStartIT} also checks the jobs the plugin really schedules).</li>
 * </ul>
 */
public class DataCenterRulesTest {

    static final String SHARED_HOME_ADAPTER = "no.veikart.roadmap.platform.sharedhome..";

    /**
     * Collection-typed fields of long-lived objects that are allowed, with why they are not a cache. Keep it short:
     * each entry is read in review.
     */
    private static final String WARNED_ONCE =
            "per node: whether this node has already warned that its Jira offers no such optional host service";
    private static final String FROM_THE_JAR =
            "per node: parsed from the plugin's own i18n bundles, which no node writes; one entry per locale (and key)";
    private static final Map<String, String> ALLOWED_COLLECTION_FIELDS = Map.ofEntries(
            Map.entry("no.veikart.roadmap.platform.i18n.BundleTexts.bundles", FROM_THE_JAR),
            Map.entry("no.veikart.roadmap.platform.i18n.BundleTexts.formats", FROM_THE_JAR),
            Map.entry("no.veikart.roadmap.phase.domain.TemplateValidator.knownStepKeys",
                    "constant: the built-in template's step keys, filled in the constructor, never written after"),
            Map.entry("no.veikart.roadmap.phase.domain.TemplateValidator.knownPhaseKeys",
                    "constant: the built-in template's phase keys, filled in the constructor, never written after"),
            Map.entry("no.veikart.roadmap.gain.reminder.ReminderMailer.mailQueueMissing",
                    WARNED_ONCE),
            Map.entry("no.veikart.roadmap.gain.reminder.ReminderMailer.localeResolverMissing",
                    WARNED_ONCE),
            Map.entry("no.veikart.roadmap.phase.persistence.AoCreationJournal.clusterMissing",
                    WARNED_ONCE),
            Map.entry("no.veikart.roadmap.platform.jira.JiraGainSearchFields.dateFormatMissing",
                    WARNED_ONCE),
            Map.entry("no.veikart.roadmap.platform.cache.JiraRequestScope.requestCacheMissing",
                    WARNED_ONCE),
            Map.entry("no.veikart.roadmap.workbook.domain.WorkbookService.sheets",
                    "wiring: the features' sheets in workbook order, an immutable List.copyOf built in the constructor"),
            Map.entry("no.veikart.roadmap.gain.domain.GainService.listeners",
                    "wiring: the listeners told of each change, an immutable List.of built in the constructor"),
            Map.entry("no.veikart.roadmap.initiative.persistence.AoSummaryRows.parts",
                    "wiring: the features' summary parts, an immutable List.copyOf built in the constructor"),
            Map.entry("no.veikart.roadmap.phase.domain.GateConditions.conditions",
                    "wiring: the features' gate rules, an immutable List.copyOf built in the constructor"),
            Map.entry("no.veikart.roadmap.gain.reminder.FollowUpReminderJob.sources",
                    "wiring: the features' reminder sources, an immutable List.copyOf built in the constructor"),
            Map.entry("no.veikart.roadmap.initiative.persistence.SqlSummaryRows.executorMissing",
                    WARNED_ONCE),
            Map.entry("no.veikart.roadmap.portfolio.domain.PortfolioSections.byName",
                    "wiring: the features' portfolio sections by name, an unmodifiable map built in the constructor"));

    private static final Pattern PLUGIN_CLASS = Pattern.compile("no\\.veikart\\.roadmap\\.[A-Za-z0-9_.$]+");

    private static JavaClasses plugin;

    @BeforeClass
    public static void importPluginClasses() {
        plugin = PluginClasses.get();
    }

    // ---- files ------------------------------------------------------------------------------------------------------

    @Test
    public void noLocalFilesOutsideTheSharedHomeAdapter() {
        noClasses().that().resideOutsideOfPackage(SHARED_HOME_ADAPTER)
                .should().dependOnClassesThat().belongToAnyOf(File.class, FileInputStream.class, FileOutputStream.class,
                        FileReader.class, FileWriter.class, RandomAccessFile.class, FileChannel.class)
                .orShould().callMethodWhere(writesThroughFiles())
                .because("a node's local disk is not shared: files go to Jira's shared home, behind one adapter")
                .check(plugin);
    }

    /** {@code System.getProperty("java.io.tmpdir")} hides its argument from ArchUnit: look for the constant itself. */
    @Test
    public void noTemporaryDirectoryOfTheNode() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Paths.get("target", "classes", "no", "veikart", "roadmap"))) {
            for (Path classFile : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String text = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
                for (String property : List.of("java.io.tmpdir", "user.home", "user.dir")) {
                    if (text.contains(property) && !classFile.toString().contains("sharedhome")) {
                        offenders.add(classFile + " mentions " + property);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    private static DescribedPredicate<JavaMethodCall> writesThroughFiles() {
        return new DescribedPredicate<>("a java.nio.file.Files method that writes, creates, copies, moves or deletes") {
            @Override
            public boolean test(JavaMethodCall call) {
                String name = call.getTarget().getName();
                return call.getTargetOwner().isEquivalentTo(Files.class)
                        && Stream.of("write", "newOutputStream", "newBufferedWriter", "newByteChannel", "create", "copy",
                        "move", "delete").anyMatch(name::startsWith);
            }
        };
    }

    // ---- caches -----------------------------------------------------------------------------------------------------

    @Test
    public void noCacheLibrariesOrReferenceCaches() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.google.common.cache..",
                        "com.github.benmanes.caffeine..", "javax.cache..", "org.ehcache..", "net.sf.ehcache..",
                        "java.lang.ref..")
                .because("a cache in one node's memory goes stale when another node writes; use Atlassian Cache")
                .check(plugin);
    }

    @Test
    public void noHomeMadeMapCaches() {
        noClasses().should().beAssignableTo(LinkedHashMap.class).orShould().beAssignableTo(Map.class)
                .orShould().beAssignableTo(Collection.class)
                .because("a LinkedHashMap with removeEldestEntry is the classic home-made LRU cache")
                .check(plugin);
        noClasses().should().callConstructor(LinkedHashMap.class, int.class, float.class, boolean.class)
                .because("an access-ordered LinkedHashMap is an LRU cache")
                .check(plugin);
    }

    /**
     * Spring keeps one instance of every bean and module class for the plugin's lifetime, and so everything their
     * fields hold: such objects may keep only what they were given (final fields) and no collections.
     */
    @Test
    public void longLivedObjectsKeepNoStateBetweenRequests() throws IOException {
        Set<String> longLived = longLivedClasses();
        assertTrue("found the Spring beans and module classes: " + longLived, longLived.size() >= 30);
        List<String> problems = new ArrayList<>();
        for (String name : longLived) {
            for (JavaField field : plugin.get(name).getFields()) {
                if (field.getModifiers().contains(JavaModifier.STATIC) || field.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    continue;
                }
                String id = name + "." + field.getName();
                if (!field.getModifiers().contains(JavaModifier.FINAL)) {
                    problems.add(id + " is not final");
                }
                JavaClass type = field.getRawType();
                boolean container = type.isArray() || type.isAssignableTo(Map.class) || type.isAssignableTo(Collection.class)
                        || type.getPackageName().equals("java.util.concurrent.atomic") || type.isAssignableTo(ThreadLocal.class);
                if (container && !ALLOWED_COLLECTION_FIELDS.containsKey(id)) {
                    problems.add(id + " holds a " + type.getSimpleName() + " (state kept between requests?)");
                }
            }
        }
        assertEquals(List.of(), problems);
        for (String allowed : ALLOWED_COLLECTION_FIELDS.keySet()) {
            assertTrue("stale allowlist entry " + allowed, longLived.stream().anyMatch(c -> allowed.startsWith(c + ".")));
        }
    }

    /**
     * The classes Spring builds (beans of the Spring XML, classes the descriptor names, REST resources and
     * providers, which Jira scans) and, transitively, the plugin classes their instance fields refer to.
     */
    private static Set<String> longLivedClasses() throws IOException {
        Set<String> roots = new TreeSet<>();
        List<Path> xml = new ArrayList<>();
        xml.add(Paths.get("atlassian-plugin.xml"));
        try (Stream<Path> spring = Files.list(Paths.get("src", "main", "resources", "META-INF", "spring"))) {
            spring.filter(f -> f.toString().endsWith(".xml")).forEach(xml::add);
        }
        for (Path file : xml) {
            // The Velocity allowlist names view records' methods, not classes Spring builds.
            String text = Files.readString(file, StandardCharsets.UTF_8)
                    .replaceAll("(?s)<velocity-allowlist.*?</velocity-allowlist>", "");
            Matcher m = PLUGIN_CLASS.matcher(text);
            while (m.find()) {
                if (plugin.contain(m.group())) {
                    roots.add(m.group());
                }
            }
        }
        for (JavaClass c : plugin) {
            if (c.isAnnotatedWith("jakarta.ws.rs.Path") || c.isAnnotatedWith("jakarta.ws.rs.ext.Provider")) {
                roots.add(c.getName());
            }
        }
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            JavaClass c = plugin.get(name);
            if (c.isInterface() || c.isEnum() || c.isRecord() || !seen.add(name)) {
                // Interfaces are implemented by beans found on their own; enums and records are values.
                continue;
            }
            for (JavaField f : c.getAllFields()) {
                JavaClass type = f.getRawType();
                if (!f.getModifiers().contains(JavaModifier.STATIC) && plugin.contain(type.getName())) {
                    todo.add(type.getName());
                }
            }
        }
        return seen;
    }

    // ---- scheduled jobs -----------------------------------------------------------------------------------------

    @Test
    public void scheduledJobsRunOncePerCluster() {
        noClasses().should().accessField(RunMode.class, RunMode.RUN_LOCALLY.name())
                .because("a job run on every node would do the cluster's work once per node")
                .check(plugin);
        classes().that(callSchedulerServiceScheduleJob())
                .should(accessRunOncePerCluster())
                .allowEmptyShould(true)
                .check(plugin);
        assertTrue("the plugin schedules its follow-up reminders", plugin.stream().anyMatch(c -> callSchedulerServiceScheduleJob().test(c)));
    }

    private static DescribedPredicate<JavaClass> callSchedulerServiceScheduleJob() {
        return new DescribedPredicate<>("call SchedulerService.scheduleJob") {
            @Override
            public boolean test(JavaClass c) {
                return c.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner().isAssignableTo(SchedulerService.class)
                        && call.getTarget().getName().equals("scheduleJob"));
            }
        };
    }

    private static ArchCondition<JavaClass> accessRunOncePerCluster() {
        return new ArchCondition<>("name RunMode.RUN_ONCE_PER_CLUSTER in the job's config") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean named = c.getFieldAccessesFromSelf().stream().map(JavaFieldAccess::getTarget)
                        .anyMatch(t -> t.getOwner().isEquivalentTo(RunMode.class) && t.getName().equals(RunMode.RUN_ONCE_PER_CLUSTER.name()));
                boolean setsRunMode = c.getMethodCallsFromSelf().stream().map(JavaAccess::getName).anyMatch("withRunMode"::equals);
                events.add(new SimpleConditionEvent(c, named && setsRunMode, c.getName()
                        + (named && setsRunMode ? " sets" : " does not set") + " JobConfig.withRunMode(RUN_ONCE_PER_CLUSTER)"));
            }
        };
    }
}
