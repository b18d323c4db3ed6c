package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira's {@code com.atlassian.jira.user.util.UserManager} as far as the
 * plugin uses it: {@code ApplicationUser getUserByKey(String userkey)}, "null if the user cannot be found including null
 * userkey", since Jira 6.0 (DOCS jira/6.3.15 UserManager; S-J63; DAC javadoc {@code ApplicationUsers.byKey} "shorthand for
 * ComponentAccessor.getUserManager().getUserByKey(key)"). Called on Jira 11.0 by atlassian-labs/atlassian-slack-integration-server {@code
 * web/rest/IssuePanelResource.java} (docs/jira-fidelity.md).
 */
public interface UserManager {
    ApplicationUser getUserByKey(String userkey);
}
