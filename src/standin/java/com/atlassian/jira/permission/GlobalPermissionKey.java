package com.atlassian.jira.permission;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; DOCS jira/latest GlobalPermissionKey (ADMINISTER='admin', SYSTEM_ADMIN='sysadmin', of(String)).
 */
public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("admin");
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("sysadmin");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    public static GlobalPermissionKey of(String key) {
        return new GlobalPermissionKey(key);
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalPermissionKey && ((GlobalPermissionKey) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
