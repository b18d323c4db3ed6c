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
 * model version (in version order, each with the version it upgrades from), then migrate the listed entities
 * (non-destructively). Missing classes are logged and skipped.
 */
public final class AoBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AoBootstrap.class);

    /** Where the model version per AO namespace is kept (plugin settings in Jira). */
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
            upgrade(module, namespace, ao, modules, versions);
            migrate(module, ao, modules);
        }
    }

    private static void upgrade(PluginDescriptor.AoModule module, String namespace, ActiveObjects ao,
            ModuleFactory modules, ModelVersions versions) {
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String className : module.upgradeTasks()) {
            try {
                tasks.add(modules.create(className, ActiveObjectsUpgradeTask.class, "ao upgrade task"));
            } catch (WiringException e) {
                LOG.error("AO upgrade task skipped: {}", e.getMessage());
            }
        }
        tasks.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        int current = versions.get(namespace);
        for (ActiveObjectsUpgradeTask task : tasks) {
            ModelVersion target = task.getModelVersion();
            ModelVersion from = ModelVersion.valueOf(String.valueOf(current));
            if (!target.isNewerThan(from)) {
                continue;
            }
            LOG.info("AO upgrade task {} ({} -> {})", task.getClass().getName(), from, target);
            try {
                task.upgrade(from, ao);
            } catch (RuntimeException e) {
                LOG.error("AO upgrade task {} failed; later tasks not run", task.getClass().getName(), e);
                return;
            }
            current = Integer.parseInt(target.toString());
            versions.set(namespace, current);
        }
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
