package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; Jira 6.3 jira-api {@code util/ErrorCollection.java} (S-J63).
 */
public interface ErrorCollection {
    boolean hasAnyErrors();

    Collection<String> getErrorMessages();

    Map<String, String> getErrors();
}
