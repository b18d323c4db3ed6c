package no.veikart.roadmap.sandbox.rest;

import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Set;

/** Attaches the access check to every resource method, and the XSRF check to every state-changing one. */
final class SecurityFeature implements DynamicFeature {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final JiraAuthenticationContext auth;
    private final GlobalPermissionManager globalPermissions;

    SecurityFeature(JiraAuthenticationContext auth, GlobalPermissionManager globalPermissions) {
        this.auth = auth;
        this.globalPermissions = globalPermissions;
    }

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Method method = info.getResourceMethod();
        Class<?> resource = info.getResourceClass();
        context.register(new AccessFilter(AccessRule.of(resource, method), auth, globalPermissions),
                Priorities.AUTHENTICATION);
        String httpMethod = httpMethod(method);
        boolean stateChanging = httpMethod != null && !SAFE_METHODS.contains(httpMethod);
        boolean excluded = hasAnnotation(method, "XsrfProtectionExcluded")
                || hasAnnotation(resource, "XsrfProtectionExcluded");
        boolean required = hasAnnotation(method, "RequiresXsrfCheck");
        if ((stateChanging && !excluded) || required) {
            context.register(new XsrfFilter(), Priorities.AUTHORIZATION);
        }
    }

    /** Whether any method (or the class) opts out of XSRF protection. */
    static boolean hasXsrfExclusions(Class<?> resource) {
        if (hasAnnotation(resource, "XsrfProtectionExcluded")) {
            return true;
        }
        for (Method m : resource.getMethods()) {
            if (hasAnnotation(m, "XsrfProtectionExcluded")) {
                return true;
            }
        }
        return false;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            jakarta.ws.rs.HttpMethod m = a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (m != null) {
                return m.value();
            }
        }
        return null;
    }

    private static boolean hasAnnotation(java.lang.reflect.AnnotatedElement e, String simpleName) {
        for (Annotation a : e.getAnnotations()) {
            if (a.annotationType().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }
}
