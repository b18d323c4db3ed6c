package no.veikart.roadmap.sandbox.velocity;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which methods a template may call, after Jira's {@code velocity-allowlist}: methods of the plugin's own classes
 * ({@code no.veikart.roadmap.*}) only when listed as {@code fqcn#method(paramTypes)} in the descriptor; the API of
 * the JDK value types templates need (String, Map, List, Collection, Number, Boolean, Optional, Locale and their
 * iteration helpers) and of Atlassian API types (Jira's global allowlist, e.g. {@code $issue.key}) freely;
 * everything else (reflection, I/O, the sandbox's own helpers) is refused.
 */
public final class MethodAllowlist {

    private static final String PLUGIN_PACKAGE = "no.veikart.roadmap.";
    private static final String SANDBOX_PACKAGE = "no.veikart.roadmap.sandbox.";

    private static final List<Class<?>> JDK_TYPES = List.of(String.class, CharSequence.class, Map.class,
            Map.Entry.class, List.class, Set.class, java.util.Collection.class, Iterable.class,
            java.util.Iterator.class, Number.class, Boolean.class, Character.class, Optional.class, Locale.class,
            Comparable.class);
    private static final Set<String> OBJECT_METHODS = Set.of("toString()", "equals(java.lang.Object)",
            "hashCode()", "name()", "ordinal()");

    private final Set<String> listed;

    public MethodAllowlist(Set<String> listed) {
        this.listed = listed.stream().map(MethodAllowlist::normalise).collect(Collectors.toSet());
    }

    /** Null when the call on an object of class {@code target} is allowed, else the allowlist entry it needs. */
    public String refusal(Class<?> target, Method m) {
        Class<?> declaring = m.getDeclaringClass();
        String signature = m.getName() + "(" + Arrays.stream(m.getParameterTypes()).map(Class::getTypeName)
                .collect(Collectors.joining(",")) + ")";
        String entry = declaring.getName() + "#" + signature;
        if (isPlugin(declaring)) {
            return isListed(entry, target.getName() + "#" + signature) ? null : entry;
        }
        boolean objectMethod = (declaring == Object.class || declaring == Enum.class || declaring == Record.class)
                && OBJECT_METHODS.contains(signature);
        if (objectMethod || isApiMethod(declaring, m)) {
            return null;
        }
        if (isPlugin(target)) {
            return isListed(entry, target.getName() + "#" + signature) ? null : target.getName() + "#" + signature;
        }
        return entry;
    }

    private boolean isListed(String... entries) {
        Set<String> wanted = new HashSet<>();
        for (String e : entries) {
            wanted.add(normalise(e));
        }
        wanted.retainAll(listed);
        return !wanted.isEmpty();
    }

    private static boolean isPlugin(Class<?> c) {
        return c.getName().startsWith(PLUGIN_PACKAGE) && !c.getName().startsWith(SANDBOX_PACKAGE);
    }

    /** Whether a JDK value type or an Atlassian API type among the supertypes declares this method. */
    private static boolean isApiMethod(Class<?> declaring, Method m) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        todo.add(declaring);
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (!seen.add(c)) {
                continue;
            }
            boolean api = c.getName().startsWith("com.atlassian.") || JDK_TYPES.contains(c);
            if (api && declares(c, m)) {
                return true;
            }
            if (c.getSuperclass() != null) {
                todo.add(c.getSuperclass());
            }
            todo.addAll(Arrays.asList(c.getInterfaces()));
        }
        return false;
    }

    private static boolean declares(Class<?> c, Method m) {
        try {
            c.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static String normalise(String entry) {
        return entry.replaceAll("\\s+", "").replace('$', '.');
    }
}
