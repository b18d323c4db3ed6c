package com.atlassian.jira.cluster;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira's {@code ClusterManager} (jira-api, "@since v6.1", kept through
 * Jira 11.3) as far as the plugin uses it; signatures from Atlassian's DAC javadoc of
 * com.atlassian.jira.cluster.ClusterManager and the jira-api source. [?] Without cluster.properties
 * {@code getNodeId()} is believed to return null; the plugin treats any value, null included, as this node's id.
 */
public interface ClusterManager {
    String getNodeId();

    boolean isClustered();
}
