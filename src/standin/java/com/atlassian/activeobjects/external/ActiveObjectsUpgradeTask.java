package com.atlassian.activeobjects.external;

/**
 * Stand-in, compile-only. Mirrors {@code com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask}
 * (activeobjects-plugin 2.0.1 javadoc, docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/
 * atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html; the same two methods in public plugins such as
 * aegliv/ao-tutorial-stage6 {@code TodoUpgradeTask001}). Declared as {@code <upgradeTask>fqcn</upgradeTask>} in the
 * {@code <ao>} module (developer.atlassian.com "Upgrading your plugin and handling data model updates"). The AO
 * plugin runs a task when the stored model version is older than {@link #getModelVersion()}, in version order, each
 * in a transaction with the version update ({@code ActiveObjectUpgradeManagerImpl}, public source copies); a task
 * that throws is run again at the next start.
 */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
