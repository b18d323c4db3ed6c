package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The sandbox's groups: jira-administrators (admin), jira-software-users (every user) and portefolje-ledere (leder,
 * the leadership group of the demo). Group names are matched as Jira matches them: case-insensitively; a group that
 * does not exist is not one a user can be in.
 */
public final class SandboxGroupManager implements GroupManager {
    public static final String LEADERS = "portefolje-ledere";
    private static final Map<String, List<String>> MEMBERS = Map.of(
            "jira-administrators", List.of("admin"),
            "jira-software-users", List.of("admin", "member", "viewer", "outsider", "leder"),
            LEADERS, List.of("leder"));

    @Override
    public boolean groupExists(String groupName) {
        return groupName != null && MEMBERS.keySet().stream().anyMatch(g -> g.equalsIgnoreCase(groupName));
    }

    @Override
    public Collection<String> getGroupNamesForUser(ApplicationUser user) {
        Objects.requireNonNull(user, "user");
        TreeSet<String> names = new TreeSet<>();
        MEMBERS.forEach((group, users) -> {
            if (users.contains(user.getName())) {
                names.add(group);
            }
        });
        return names;
    }
}
