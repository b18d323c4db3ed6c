package com.atlassian.jira.issue.fields.config;

import com.atlassian.jira.issue.context.JiraContextNode;
import java.util.List;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; S-J63
 * issue/fields/config/FieldConfigScheme (getId/getName); getContexts(), getAssociatedProjectIds() (@Nonnull, since
 * 6.x), isGlobal() and getOneAndOnlyConfig() from the jira-api FieldConfigScheme interface (Jira 6.x-7.x copies in
 * public code; getOneAndOnlyConfig() used for select options by public plugins).
 */
public interface FieldConfigScheme {
    Long getId();

    String getName();

    List<JiraContextNode> getContexts();

    List<Long> getAssociatedProjectIds();

    boolean isGlobal();

    FieldConfig getOneAndOnlyConfig();
}
