package no.veikart.roadmap.sandbox.host;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Constructor autowiring by type, as the plugin's Spring container builds module classes (REST resources,
 * servlets, conditions, context providers) and {@code autowire="constructor"} beans: the greediest constructor
 * whose parameters can all be satisfied wins ({@code @Inject}/{@code @Autowired} constructors first).
 *
 * <p>Dependencies come from the plugin's Spring context (beans and {@code <osgi:reference>}s). Jira 11 offers a
 * transformerless plugin nothing else; the sandbox still falls back to a host service that was never imported, with
 * a warning naming the missing reference, unless {@code strict} (system property {@code sandbox.strictWiring}).
 */
public final class Autowirer {

    private static final Logger LOG = LoggerFactory.getLogger(Autowirer.class);

    /** Finds a dependency of the given type in the plugin context; the string names the parameter, if known. */
    private final BiFunction<Class<?>, String, Optional<Object>> context;
    private final HostServices hosts;
    private final boolean strict;

    public Autowirer(BiFunction<Class<?>, String, Optional<Object>> context, HostServices hosts, boolean strict) {
        this.context = context;
        this.hosts = hosts;
        this.strict = strict;
    }

    public <T> T construct(Class<T> type, String what) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new WiringException(what + ": " + type.getName() + " is not a concrete class");
        }
        List<Constructor<?>> constructors = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
        constructors.sort(Comparator.<Constructor<?>>comparingInt(c -> isInjectAnnotated(c) ? 0 : 1)
                .thenComparingInt(c -> Modifier.isPublic(c.getModifiers()) ? 0 : 1)
                .thenComparingInt(c -> -c.getParameterCount()));
        List<String> problems = new ArrayList<>();
        for (Constructor<?> c : constructors) {
            Object[] args = new Object[c.getParameterCount()];
            String missing = null;
            Parameter[] params = c.getParameters();
            for (int i = 0; i < params.length && missing == null; i++) {
                Optional<Object> dep = resolve(params[i], what);
                if (dep.isPresent()) {
                    args[i] = dep.get();
                } else {
                    missing = params[i].getType().getName();
                }
            }
            if (missing == null) {
                return type.cast(instantiate(c, args, what));
            }
            problems.add(c.toGenericString() + " needs " + missing);
        }
        throw new WiringException(what + ": no constructor of " + type.getName()
                + " can be satisfied from the plugin's Spring context or the host: " + problems);
    }

    private Optional<Object> resolve(Parameter p, String what) {
        String name = p.isNamePresent() ? p.getName() : null;
        Optional<Object> fromContext = context.apply(p.getType(), name);
        if (fromContext.isPresent()) {
            return fromContext;
        }
        Optional<Object> host = hosts.find(p.getType());
        if (host.isPresent()) {
            String hint = "add <osgi:reference id=\"…\" interface=\"" + p.getType().getName()
                    + "\"/> to META-INF/spring";
            if (strict) {
                throw new WiringException(what + ": " + p.getType().getName()
                        + " is a host service the plugin never imported; " + hint);
            }
            LOG.warn("{}: {} taken from the host although the plugin's Spring XML does not import it; Jira 11 "
                    + "would fail here: {}", what, p.getType().getName(), hint);
        }
        return host;
    }

    private static Object instantiate(Constructor<?> c, Object[] args, String what) {
        try {
            c.setAccessible(true);
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new WiringException(what + ": constructor of " + c.getDeclaringClass().getName() + " threw "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new WiringException(what + ": cannot construct " + c.getDeclaringClass().getName() + ": " + e, e);
        }
    }

    private static boolean isInjectAnnotated(Constructor<?> c) {
        for (Annotation a : c.getAnnotations()) {
            String n = a.annotationType().getSimpleName();
            if ("Inject".equals(n) || "Autowired".equals(n)) {
                return true;
            }
        }
        return false;
    }
}
