package com.atlassian.jira.cluster;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira's {@code ClusterManager} ("@since v6.1") as far as the plugin uses
 * it. In the Jira 6.3 source it lives in jira-core, not jira-api (turgaycelik/mysource
 * {@code jira-core/src/main/java/com/atlassian/jira/cluster/ClusterManager.java}, {@code String getNodeId()}); no Jira
 * 10/11 source shows it (docs/jira-fidelity.md), so whether Jira 11 exports it to plugins is open. [?] Without cluster.properties
 * {@code getNodeId()} is believed to return null; the plugin treats any value, null included, as this node's id.
 */
public interface ClusterManager {
    String getNodeId();

    boolean isClustered();
}
