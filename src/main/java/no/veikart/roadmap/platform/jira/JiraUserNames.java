package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import no.veikart.roadmap.common.domain.UserNames;

/** Display names from Jira's user manager. */
public class JiraUserNames implements UserNames {
    private final UserManager users;

    public JiraUserNames(UserManager users) {
        this.users = users;
    }

    @Override
    public String displayName(String userKey) {
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        return user == null ? null : user.getDisplayName();
    }
}
