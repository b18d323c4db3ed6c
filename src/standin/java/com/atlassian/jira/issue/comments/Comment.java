package com.atlassian.jira.issue.comments;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; Jira 6.3 jira-api {@code issue/comments/Comment.java} (S-J63).
 */
public interface Comment {
    Long getId();

    String getBody();
}
