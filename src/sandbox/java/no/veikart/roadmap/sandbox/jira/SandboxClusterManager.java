package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.cluster.ClusterManager;

/** One Jira, not clustered: no node id, as Jira without cluster.properties. */
public final class SandboxClusterManager implements ClusterManager {
    @Override
    public String getNodeId() {
        return null;
    }

    @Override
    public boolean isClustered() {
        return false;
    }
}
