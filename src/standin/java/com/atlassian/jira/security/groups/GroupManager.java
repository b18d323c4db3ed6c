package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira's GroupManager as far as the plugin uses it: groupExists(String)
 * (since 3.13) and getGroupNamesForUser(ApplicationUser) (since 6.2.5), as in turgaycelik/mysource
 * jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/groups/GroupManager.java.
 */
public interface GroupManager {
    boolean groupExists(String groupName);

    Collection<String> getGroupNamesForUser(ApplicationUser user);
}
