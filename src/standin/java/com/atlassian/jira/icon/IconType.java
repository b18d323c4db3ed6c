package com.atlassian.jira.icon;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; IconType.ISSUE_TYPE_ICON_TYPE used with AvatarManager#getDefaultAvatarId on Jira 11.3.6 (testit-tms/jira-plugin).
 */
public final class IconType {
    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType("issuetype");

    private final String key;

    private IconType(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }
}
