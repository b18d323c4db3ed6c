package com.atlassian.jira.security.plugin;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; DOCS jira/latest ProjectPermissionKey (package com.atlassian.jira.security.plugin, since 6.3).
 */
public final class ProjectPermissionKey {
    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = key;
    }

    public String permissionKey() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey && ((ProjectPermissionKey) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
