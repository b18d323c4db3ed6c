package no.veikart.roadmap.sandbox.rest;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import no.veikart.roadmap.sandbox.host.WiringException;

/**
 * Which constructor Jersey/HK2 builds a REST v2 resource or provider with, by the JSR-330 rule HK2 follows
 * ({@code jakarta.inject.Inject} Javadoc, Jakarta Dependency Injection 2.0: "@Inject can apply to at most one
 * constructor per class"; "@Inject is optional for public, no-argument constructors when no other constructors are
 * present"). Every Jira 11 resource in public sources takes its dependencies through an {@code @jakarta.inject.Inject}
 * constructor, e.g. atlassian-labs/atlassian-slack-integration-server (Jira 11.0)
 * {@code jira-slack-server-integration-plugin/.../web/rest/IssuePanelResource.java}. Spring's {@code @Autowired} and
 * {@code javax.inject.Inject} do not count: HK2 does not read the one, Jira 11 does not export the other.
 */
public final class JerseyConstructors {

    static final String INJECT = "jakarta.inject.Inject";

    private JerseyConstructors() {
    }

    /** The constructor Jersey would use; a {@link WiringException} naming the class when there is none. */
    public static Constructor<?> check(Class<?> type, String what) {
        List<Constructor<?>> all = Arrays.asList(type.getDeclaredConstructors());
        List<Constructor<?>> injected = all.stream().filter(JerseyConstructors::isInject).toList();
        if (injected.size() == 1) {
            return injected.get(0);
        }
        if (injected.size() > 1) {
            throw new WiringException(what + ": " + type.getName() + " has " + injected.size()
                    + " constructors annotated @" + INJECT + "; Jersey/HK2 accepts at most one");
        }
        if (all.size() == 1 && all.get(0).getParameterCount() == 0 && Modifier.isPublic(all.get(0).getModifiers())) {
            return all.get(0);
        }
        throw new WiringException(what + ": Jersey cannot build " + type.getName() + ": annotate the constructor that"
                + " takes its dependencies with @" + INJECT + " (or give it only a public no-arg constructor)");
    }

    private static boolean isInject(Constructor<?> c) {
        return Arrays.stream(c.getAnnotations()).anyMatch(a -> INJECT.equals(a.annotationType().getName()));
    }
}
