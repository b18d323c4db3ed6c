package com.atlassian.jira.issue.link;

import java.util.Collection;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; createIssueLinkType/getIssueLinkTypes called by testit-tms/jira-plugin on Jira 11.3.6; getIssueLinkTypesByName from Jira 8 public mocks.
 */
public interface IssueLinkTypeManager {
    void createIssueLinkType(String name, String outward, String inward, String style);

    Collection<IssueLinkType> getIssueLinkTypes();

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
