package no.veikart.roadmap.leader.integration;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.leader.domain.LeaderGroups;

/**
 * Jira's groups through GroupManager: groupExists(String) and getGroupNamesForUser(ApplicationUser) (turgaycelik/mysource
 * jira-api .../security/groups/GroupManager.java; the latter since 6.2.5). Jira matches group names case-insensitively.
 */
public class JiraLeaderGroups implements LeaderGroups {
    private final GroupManager groupManager;
    private final UserManager userManager;

    public JiraLeaderGroups(GroupManager groupManager, UserManager userManager) {
        this.groupManager = groupManager;
        this.userManager = userManager;
    }

    @Override
    public boolean exists(String group) {
        return groupManager.groupExists(group);
    }

    @Override
    public Set<String> of(Actor actor) {
        ApplicationUser user = userManager.getUserByKey(actor.userKey());
        if (user == null) {
            return Set.of();
        }
        return groupManager.getGroupNamesForUser(user).stream().map(g -> g.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
