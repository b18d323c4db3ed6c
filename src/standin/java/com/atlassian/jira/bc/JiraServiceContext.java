package com.atlassian.jira.bc;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

/** Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; jira-api {@code bc/JiraServiceContext.java} (Jira 6.3 source, turgaycelik/mysource). */
public interface JiraServiceContext {
    ErrorCollection getErrorCollection();

    ApplicationUser getLoggedInApplicationUser();
}
