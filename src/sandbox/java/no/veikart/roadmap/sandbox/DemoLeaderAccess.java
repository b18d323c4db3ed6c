package no.veikart.roadmap.sandbox;

import java.util.List;
import no.veikart.roadmap.leader.domain.LeaderAccessService;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.sandbox.jira.SandboxGroupManager;

/**
 * Leader access in the demo: the leadership group (portefolje-ledere, whose member is leder) reads the aggregated
 * figures of the three demo projects, which all opt in. Saved by admin, as an administrator would on the admin page.
 */
final class DemoLeaderAccess {
    private final Sandbox sandbox;

    DemoLeaderAccess(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    void load() {
        sandbox.asUser("admin", () -> {
            LeaderAccessService leaders = sandbox.component(LeaderAccessService.class);
            var admin = sandbox.component(JiraUsers.class).currentActor();
            leaders.update(admin, List.of(SandboxGroupManager.LEADERS), List.of("DEMO", "HELSE", "SKOLE"),
                    leaders.settings(admin).version());
            return null;
        });
    }
}
