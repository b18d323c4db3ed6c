package no.veikart.roadmap.sandbox.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.plugin.web.Condition;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Jira's own web-fragment conditions, which the plugin names only in XML
 * ({@code com.atlassian.jira.plugin.webfragment.conditions.*}) and which are not on the sandbox classpath.
 */
public final class BuiltInConditions {

    private static final String PACKAGE = "com.atlassian.jira.plugin.webfragment.conditions.";

    private final JiraAuthenticationContext auth;
    private final GlobalPermissionManager globalPermissions;
    private final PermissionManager permissions;

    public BuiltInConditions(JiraAuthenticationContext auth, GlobalPermissionManager globalPermissions,
            PermissionManager permissions) {
        this.auth = auth;
        this.globalPermissions = globalPermissions;
        this.permissions = permissions;
    }

    public boolean isBuiltIn(String className) {
        return className.startsWith(PACKAGE);
    }

    /** The condition for a Jira class name, or empty when the sandbox does not know it. */
    public Optional<Condition> create(String className) {
        switch (className.substring(className.lastIndexOf('.') + 1)) {
            case "UserLoggedInCondition":
                return Optional.of(new Simple(ctx -> auth.isLoggedInUser()));
            case "UserIsAdminCondition":
                return Optional.of(new Simple(ctx -> globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER,
                        auth.getLoggedInUser())));
            case "UserIsSysAdminCondition":
                return Optional.of(new Simple(ctx -> globalPermissions.hasPermission(
                        GlobalPermissionKey.SYSTEM_ADMIN, auth.getLoggedInUser())));
            case "JiraGlobalPermissionCondition":
                return Optional.of(new WithParam((param, ctx) -> globalPermissions.hasPermission(
                        GlobalPermissionKey.of(param.toLowerCase(Locale.ROOT)), auth.getLoggedInUser())));
            case "HasProjectPermissionCondition":
                return Optional.of(new WithParam((param, ctx) -> ctx.get("project") instanceof Project
                        && permissions.hasPermission(permission(param), (Project) ctx.get("project"),
                        auth.getLoggedInUser())));
            case "HasIssuePermissionCondition":
                return Optional.of(new WithParam((param, ctx) -> ctx.get("issue") instanceof Issue
                        && permissions.hasPermission(permission(param), (Issue) ctx.get("issue"),
                        auth.getLoggedInUser())));
            case "IsSubTaskCondition":
                return Optional.of(new Simple(ctx -> ctx.get("issue") instanceof Issue
                        && ((Issue) ctx.get("issue")).isSubTask()));
            default:
                return Optional.empty();
        }
    }

    /** Accepts both the modern keys (BROWSE_PROJECTS) and the legacy short names (browse, edit, create ...). */
    private static ProjectPermissionKey permission(String param) {
        String p = param.trim();
        switch (p.toLowerCase(Locale.ROOT)) {
            case "browse":
                return new ProjectPermissionKey("BROWSE_PROJECTS");
            case "edit":
                return new ProjectPermissionKey("EDIT_ISSUES");
            case "create":
                return new ProjectPermissionKey("CREATE_ISSUES");
            case "comment":
                return new ProjectPermissionKey("ADD_COMMENTS");
            case "delete":
                return new ProjectPermissionKey("DELETE_ISSUES");
            case "link":
                return new ProjectPermissionKey("LINK_ISSUES");
            case "project":
                return new ProjectPermissionKey("ADMINISTER_PROJECTS");
            default:
                return new ProjectPermissionKey(p.toUpperCase(Locale.ROOT));
        }
    }

    private static final class Simple implements Condition {

        private final java.util.function.Predicate<Map<String, Object>> test;

        Simple(java.util.function.Predicate<Map<String, Object>> test) {
            this.test = test;
        }

        @Override
        public void init(Map<String, String> params) {
            // No parameters.
        }

        @Override
        public boolean shouldDisplay(Map<String, Object> context) {
            return test.test(context);
        }
    }

    private static final class WithParam implements Condition {

        private final java.util.function.BiPredicate<String, Map<String, Object>> test;
        private String permission;

        WithParam(java.util.function.BiPredicate<String, Map<String, Object>> test) {
            this.test = test;
        }

        @Override
        public void init(Map<String, String> params) {
            permission = params.get("permission");
            if (permission == null) {
                throw new com.atlassian.plugin.PluginParseException("Condition needs <param name=\"permission\">");
            }
        }

        @Override
        public boolean shouldDisplay(Map<String, Object> context) {
            return test.test(permission, context);
        }
    }
}
