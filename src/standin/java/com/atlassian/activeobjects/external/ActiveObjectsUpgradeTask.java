package com.atlassian.activeobjects.external;

/**
 * Stand-in, compile-only. Mirrors {@code com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask}
 * (activeobjects-plugin 2.0.1 javadoc; listed as {@code <upgradeTask>} in the {@code ao} module).
 */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
