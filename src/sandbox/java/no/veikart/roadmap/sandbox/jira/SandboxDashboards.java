package no.veikart.roadmap.sandbox.jira;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The users' dashboards as the sandbox keeps them in {@code jira-state.json}: each user has one personal dashboard
 * holding gadgets in the order they were added. Jira keeps several shareable dashboards with columns and colours
 * (portlet configurations); none of that is imitated here.
 */
public final class SandboxDashboards {

    private final JiraStore store;

    public SandboxDashboards(JiraStore store) {
        this.store = store;
    }

    public List<JiraData.DashboardItemRow> itemsOf(String owner) {
        return store.read(d -> d.dashboardItems.stream().filter(i -> i.owner().equals(owner)).toList());
    }

    public Optional<JiraData.DashboardItemRow> item(String owner, long id) {
        return store.read(d -> find(d, owner, id));
    }

    /** Adds the dashboard item (complete module key) to the owner's dashboard, unconfigured. */
    public JiraData.DashboardItemRow add(String owner, String moduleKey) {
        return store.write(d -> {
            JiraData.DashboardItemRow row = new JiraData.DashboardItemRow(d.nextDashboardItemId++, owner, moduleKey,
                    Map.of());
            d.dashboardItems.add(row);
            return row;
        });
    }

    public boolean remove(String owner, long id) {
        return store.write(d -> d.dashboardItems.removeIf(i -> i.id() == id && i.owner().equals(owner)));
    }

    /** Replaces the gadget's preferences (as Jira's savePreferences does); empty when it is not the owner's. */
    public Optional<JiraData.DashboardItemRow> savePreferences(String owner, long id, Map<String, String> preferences) {
        return store.write(d -> {
            Optional<JiraData.DashboardItemRow> found = find(d, owner, id);
            found.ifPresent(row -> d.dashboardItems.set(d.dashboardItems.indexOf(row),
                    row.withPreferences(new LinkedHashMap<>(preferences))));
            return found.map(row -> row.withPreferences(preferences));
        });
    }

    private static Optional<JiraData.DashboardItemRow> find(JiraData d, String owner, long id) {
        return d.dashboardItems.stream().filter(i -> i.id() == id && i.owner().equals(owner)).findFirst();
    }
}
