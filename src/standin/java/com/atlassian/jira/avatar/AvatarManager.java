package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconType;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; getDefaultAvatarId(IconType) on Jira 11.3.6 (testit-tms/jira-plugin).
 */
public interface AvatarManager {
    Long getDefaultAvatarId(IconType iconType);
}
