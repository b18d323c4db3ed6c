package com.atlassian.jira.issue.search;

/** Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; thrown by {@code SearchService.search} (Jira 8+ signatures in public plugin code); imported by Jira 11.0 code (atlassian-slack-integration-server {@code postfunction/SlackPostFunction.java}). */
public class SearchException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
