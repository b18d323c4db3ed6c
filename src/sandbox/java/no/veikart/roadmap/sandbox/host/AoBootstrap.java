package no.veikart.roadmap.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.java.ao.RawEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the AO plugin does when a plugin's {@code <ao>} module starts: run the upgrade tasks newer than the stored
 * model version, then migrate the listed entities (non-destructively). Missing classes are logged and skipped.
 *
 * <p>The upgrade follows Atlassian's {@code ActiveObjectUpgradeManagerImpl} (activeobjects-plugin, public source
 * copies; docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df xref {@code ActiveObjectUpgradeManager}):
 * tasks sorted by model version, two tasks with the same version are refused, a task runs only when the current
 * version is older than its own, and each task runs in its own transaction together with the update of the stored
 * version, which it receives as {@code currentVersion}. A failing task stops the upgrade; it and the later tasks run
 * again at the next start. Jira keeps the version in plugin settings (a property table, key prefix {@code #}) and
 * takes a cluster lock around the upgrade; the single-node sandbox keeps it in its database ({@link ModelVersions}).
 */
public final class AoBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AoBootstrap.class);

    /**
     * Where the model version per AO namespace is kept (plugin settings in Jira). {@link #set} is called inside the
     * upgrade task's transaction and should join it, so that the data and the version commit together.
     */
    public interface ModelVersions {
        int get(String namespace);

        void set(String namespace, int version);
    }

    private AoBootstrap() {
    }

    public static void run(PluginDescriptor descriptor, ActiveObjects ao, ModuleFactory modules,
            ModelVersions versions) {
        for (PluginDescriptor.AoModule module : descriptor.ao()) {
            String namespace = module.namespace() != null ? module.namespace() : descriptor.key();
            List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
            for (String className : module.upgradeTasks()) {
                try {
                    tasks.add(modules.create(className, ActiveObjectsUpgradeTask.class, "ao upgrade task"));
                } catch (WiringException e) {
                    LOG.error("AO upgrade task skipped: {}", e.getMessage());
                }
            }
            try {
                upgrade(namespace, tasks, ao, versions);
            } catch (IllegalStateException e) {
                // As in Jira, the module's Active Objects do not come up: no migration either.
                LOG.error("AO module {} not started: {}", module.key(), e.getMessage());
                continue;
            }
            migrate(module, ao, modules);
        }
    }

    /**
     * Runs the tasks newer than the stored version, in version order, each in its own transaction with the version
     * update; returns the version the model is at afterwards.
     *
     * @throws IllegalStateException when two tasks declare the same model version (nothing is run)
     */
    public static ModelVersion upgrade(String namespace, List<ActiveObjectsUpgradeTask> tasks, ActiveObjects ao,
            ModelVersions versions) {
        List<ActiveObjectsUpgradeTask> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).getModelVersion().isSame(sorted.get(i - 1).getModelVersion())) {
                throw new IllegalStateException("There are more than one upgrade tasks with model version "
                        + sorted.get(i).getModelVersion());
            }
        }
        ModelVersion current = ModelVersion.valueOf(String.valueOf(versions.get(namespace)));
        for (ActiveObjectsUpgradeTask task : sorted) {
            ModelVersion target = task.getModelVersion();
            if (!current.isOlderThan(target)) {
                continue;
            }
            ModelVersion from = current;
            LOG.info("AO upgrade task {} ({} -> {})", task.getClass().getName(), from, target);
            try {
                ao.executeInTransaction(() -> {
                    task.upgrade(from, ao);
                    versions.set(namespace, Integer.parseInt(target.toString()));
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.error("AO upgrade task {} failed; it runs again at the next start, later tasks not run",
                        task.getClass().getName(), e);
                return current;
            }
            current = target;
        }
        return current;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void migrate(PluginDescriptor.AoModule module, ActiveObjects ao, ModuleFactory modules) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String className : module.entities()) {
            try {
                Class<?> type = modules.load(className, "<ao> entity");
                if (!RawEntity.class.isAssignableFrom(type)) {
                    LOG.error("<ao> entity {} is not an Active Objects entity", className);
                    continue;
                }
                entities.add((Class<? extends RawEntity<?>>) type);
            } catch (WiringException e) {
                LOG.error("<ao> entity skipped: {}", e.getMessage());
            }
        }
        if (entities.isEmpty()) {
            return;
        }
        try {
            ao.migrate(entities.toArray(new Class[0]));
            LOG.info("AO migrated {} entities of module {}", entities.size(), module.key());
        } catch (RuntimeException e) {
            LOG.error("AO migration of module {} failed", module.key(), e);
        }
    }
}
