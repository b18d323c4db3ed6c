package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.user.ApplicationUser;

/** admin holds ADMINISTER and SYSTEM_ADMIN; every sandbox user is a licensed Jira user. */
public final class SandboxGlobalPermissionManager implements GlobalPermissionManager {

    private final SandboxUsers users;

    public SandboxGlobalPermissionManager(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user) {
        if (user == null || globalPermissionKey == null) {
            return false;
        }
        switch (globalPermissionKey.getKey()) {
            case "admin":
                return users.isAdmin(user);
            case "sysadmin":
                return users.isSystemAdmin(user);
            case "USE":
            case "use":
                return users.byName(user.getKey()).isPresent();
            default:
                return false;
        }
    }
}
