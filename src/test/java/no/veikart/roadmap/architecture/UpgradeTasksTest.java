package no.veikart.roadmap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.RawEntity;
import no.veikart.roadmap.sandbox.host.DescriptorParser;
import no.veikart.roadmap.sandbox.host.PluginDescriptor;
import org.junit.Test;

/**
 * The rules that keep Active Objects upgrades safe: the {@code <upgradeTask>}s of the descriptor have distinct model
 * versions above 1 (the release without tasks) in ascending order, so a merge that gives two tasks one version fails
 * here and not at Jira's start; and upgrade tasks use only their own frozen entity copies, never the live entities,
 * which change later while the task must keep doing what it did.
 */
public class UpgradeTasksTest {

    private static PluginDescriptor descriptor() throws Exception {
        Path file = Paths.get("atlassian-plugin.xml");
        try (InputStream in = Files.newInputStream(file)) {
            return DescriptorParser.parse(in);
        }
    }

    @Test
    public void upgradeTasksHaveDistinctAscendingModelVersions() throws Exception {
        List<PluginDescriptor.AoModule> modules = descriptor().ao();
        assertEquals(1, modules.size());
        List<String> tasks = modules.get(0).upgradeTasks();
        assertFalse("the first upgrade task is declared", tasks.isEmpty());
        List<Integer> versions = new ArrayList<>();
        for (String className : tasks) {
            Class<?> type = Class.forName(className);
            assertTrue(className, ActiveObjectsUpgradeTask.class.isAssignableFrom(type));
            ActiveObjectsUpgradeTask task = (ActiveObjectsUpgradeTask) type.getConstructor().newInstance();
            versions.add(Integer.parseInt(task.getModelVersion().toString()));
        }
        assertEquals("versions in descriptor order: " + versions, versions.stream().distinct().sorted().toList(), versions);
        assertTrue("model version 1 is the release without tasks: " + versions, versions.get(0) >= 2);
    }

    @Test
    public void upgradeTasksUseOnlyTheirOwnFrozenEntityCopies() {
        DescribedPredicate<JavaClass> liveEntity = new DescribedPredicate<>("live Active Objects entities") {
            @Override
            public boolean test(JavaClass type) {
                return type.isAssignableTo(RawEntity.class) && type.getPackageName().startsWith("no.veikart.roadmap")
                        && !type.getPackageName().contains(".upgrade");
            }
        };
        noClasses().that().resideInAPackage("no.veikart.roadmap..upgrade..")
                .should().dependOnClassesThat(liveEntity)
                .because("an upgrade task migrates the tables as they were at its model version (frozen copies)")
                .check(PluginClasses.get());
    }
}
