package no.veikart.roadmap.sandbox.rest;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * REST v2 access annotations (Jira 10+/Platform 7+): method level first, then class level; none means
 * {@code LicensedOnly}. Both annotation packages Jira 11 recognises are accepted; the legacy REST v1
 * {@code AnonymousAllowed} is not (as in REST v2) and is reported.
 */
public enum AccessRule {
    UNRESTRICTED, ANONYMOUS_SITE, LICENSED, ADMIN, SYSTEM_ADMIN;

    private static final Logger LOG = LoggerFactory.getLogger(AccessRule.class);
    private static final Set<String> PACKAGES = Set.of("com.atlassian.plugins.rest.api.security.annotation",
            "com.atlassian.annotations.security");

    /** Whether the (possibly anonymous) user passes this rule; every sandbox user is licensed. */
    public boolean allows(ApplicationUser user, GlobalPermissionManager globalPermissions) {
        switch (this) {
            case UNRESTRICTED:
            case ANONYMOUS_SITE:
                return true;
            case LICENSED:
                return user != null;
            case ADMIN:
                return globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user);
            default:
                return globalPermissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, user);
        }
    }

    /** The rule for a method of the class ({@code method} may be null: class level only). */
    public static AccessRule of(Class<?> resource, Method method) {
        return (method == null ? Optional.<AccessRule>empty() : find(method)).or(() -> find(resource))
                .orElse(LICENSED);
    }

    private static Optional<AccessRule> find(AnnotatedElement element) {
        for (Annotation a : element.getAnnotations()) {
            Class<? extends Annotation> type = a.annotationType();
            if ("AnonymousAllowed".equals(type.getSimpleName())) {
                LOG.warn("{} uses {}, which REST v2 ignores: use AnonymousSiteAccess or UnrestrictedAccess",
                        element, type.getName());
            }
            if (type.getPackage() == null || !PACKAGES.contains(type.getPackage().getName())) {
                continue;
            }
            switch (type.getSimpleName()) {
                case "UnrestrictedAccess":
                    return Optional.of(UNRESTRICTED);
                case "AnonymousSiteAccess":
                    return Optional.of(ANONYMOUS_SITE);
                case "LicensedOnly":
                case "UnlicensedSiteAccess":
                    return Optional.of(LICENSED);
                case "AdminOnly":
                    return Optional.of(ADMIN);
                case "SystemAdminOnly":
                    return Optional.of(SYSTEM_ADMIN);
                default:
                    break;
            }
        }
        return Optional.empty();
    }
}
