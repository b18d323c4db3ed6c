package no.veikart.roadmap.sandbox.host;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.veikart.roadmap.sandbox.host.DescriptorParser.XmlSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * The plugin's Spring context as the sandbox builds it from {@code META-INF/spring/*.xml}: plain
 * {@code <bean id class>} definitions (constructor-arg / property with ref or value, {@code autowire} /
 * {@code default-autowire="constructor"}, init- and destroy-method) and Gemini Blueprint
 * {@code <osgi:reference id interface>}s, which resolve against {@link HostServices} by interface, and
 * {@code <osgi:service>} exports. All singletons are created eagerly, as Spring does; a bean that fails is logged
 * with the reason and everything that does not depend on it keeps working.
 */
public final class SpringContext {

    static final String BEANS_NS = "http://www.springframework.org/schema/beans";
    static final String GEMINI_NS = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    static final String SPRING_DM_NS = "http://www.springframework.org/schema/osgi";
    static final String CONTEXT_NS = "http://www.springframework.org/schema/context";

    private static final Logger LOG = LoggerFactory.getLogger(SpringContext.class);
    private static final Object NOT_CONVERTIBLE = new Object();

    private final ClassLoader loader;
    private final HostServices hosts;
    private final boolean strictWiring;
    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final Map<String, Object> singletons = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final List<Export> exports = new ArrayList<>();
    private final List<String> created = new ArrayList<>();
    private boolean annotationConfig;

    private SpringContext(ClassLoader loader, HostServices hosts, boolean strictWiring) {
        this.loader = loader;
        this.hosts = hosts;
        this.strictWiring = strictWiring;
    }

    /** Reads every Spring XML file of the plugin and creates all beans. */
    public static SpringContext load(PluginRoot root, HostServices hosts, boolean strictWiring) {
        SpringContext ctx = new SpringContext(root.loader(), hosts, strictWiring);
        List<Path> files = root.springXmlFiles();
        if (files.isEmpty()) {
            LOG.error("No META-INF/spring/*.xml in {}: the plugin has no beans or host service references yet",
                    root.describe());
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                ctx.read(XmlSupport.parse(in).getDocumentElement(), file.getFileName().toString());
            } catch (IOException | RuntimeException e) {
                LOG.error("Cannot read Spring XML {}: {}", file, e.getMessage());
            }
        }
        for (String id : new ArrayList<>(ctx.definitions.keySet())) {
            try {
                ctx.getBean(id, new ArrayDeque<>());
            } catch (WiringException e) {
                LOG.error("Spring bean '{}' not created: {}", id, e.getMessage());
            }
        }
        LOG.info("Spring context: {} beans/references created, {} failed", ctx.singletons.size(),
                ctx.failures.size());
        return ctx;
    }

    // ---------------------------------------------------------------- reading

    private void read(Element root, String file) {
        boolean defaultAutowire = "constructor".equals(root.getAttribute("default-autowire"));
        for (Element e : XmlSupport.children(root)) {
            String ns = e.getNamespaceURI() == null ? BEANS_NS : e.getNamespaceURI();
            String local = XmlSupport.localName(e);
            if (BEANS_NS.equals(ns) && "bean".equals(local)) {
                addBean(e, file, defaultAutowire);
            } else if ((GEMINI_NS.equals(ns) || SPRING_DM_NS.equals(ns)) && "reference".equals(local)) {
                addReference(e, file);
            } else if ((GEMINI_NS.equals(ns) || SPRING_DM_NS.equals(ns)) && "service".equals(local)) {
                List<String> interfaces = new ArrayList<>();
                if (!e.getAttribute("interface").isEmpty()) {
                    interfaces.add(e.getAttribute("interface"));
                }
                Element nested = XmlSupport.child(e, "interfaces");
                if (nested != null) {
                    interfaces.addAll(XmlSupport.texts(nested, "value"));
                }
                exports.add(new Export(e.getAttribute("ref"), interfaces));
            } else if (CONTEXT_NS.equals(ns) && "annotation-config".equals(local)) {
                annotationConfig = true;
            } else {
                LOG.warn("{}: <{}> ({}) is not supported by the sandbox and was ignored", file, e.getTagName(), ns);
            }
        }
    }

    private void addBean(Element e, String file, boolean defaultAutowire) {
        String id = !e.getAttribute("id").isEmpty() ? e.getAttribute("id") : e.getAttribute("name");
        if (id.isEmpty()) {
            id = e.getAttribute("class") + "#" + definitions.size();
        }
        if (!e.getAttribute("parent").isEmpty() || !e.getAttribute("factory-bean").isEmpty()) {
            failures.put(id, "parent / factory-bean definitions are not supported by the sandbox");
            return;
        }
        String autowire = e.getAttribute("autowire");
        boolean byConstructor = "constructor".equals(autowire) || (autowire.isEmpty() && defaultAutowire);
        List<Value> args = new ArrayList<>();
        List<Value> props = new ArrayList<>();
        for (Element child : XmlSupport.children(e)) {
            String local = XmlSupport.localName(child);
            if ("constructor-arg".equals(local)) {
                args.add(value(child));
            } else if ("property".equals(local)) {
                props.add(value(child));
            }
        }
        definitions.put(id, new Definition(id, file, e.getAttribute("class"), null, e.getAttribute("factory-method"),
                byConstructor, e.getAttribute("init-method"), e.getAttribute("destroy-method"), args, props));
    }

    private void addReference(Element e, String file) {
        String id = e.getAttribute("id");
        String iface = e.getAttribute("interface");
        if (iface.isEmpty()) {
            Element nested = XmlSupport.child(e, "interfaces");
            List<String> names = nested == null ? List.of() : XmlSupport.texts(nested, "value");
            iface = names.isEmpty() ? "" : names.get(0);
        }
        definitions.put(id, new Definition(id, file, null, iface, "", false, "", "", List.of(), List.of()));
    }

    private static Value value(Element e) {
        String index = e.getAttribute("index");
        Integer idx = index.isEmpty() ? null : Integer.valueOf(index.trim());
        String ref = e.hasAttribute("ref") ? e.getAttribute("ref") : null;
        String val = e.hasAttribute("value") ? e.getAttribute("value") : null;
        boolean isNull = false;
        Element nestedRef = XmlSupport.child(e, "ref");
        Element nestedValue = XmlSupport.child(e, "value");
        if (nestedRef != null) {
            ref = nestedRef.getAttribute("bean");
        } else if (nestedValue != null) {
            val = nestedValue.getTextContent().trim();
        } else if (XmlSupport.child(e, "null") != null) {
            isNull = true;
        }
        return new Value(idx, e.getAttribute("name"), ref, val, isNull);
    }

    // ---------------------------------------------------------------- creating

    private Object getBean(String id, Deque<String> path) {
        Object existing = singletons.get(id);
        if (existing != null) {
            return existing;
        }
        if (failures.containsKey(id)) {
            throw new WiringException("bean '" + id + "' failed: " + failures.get(id));
        }
        Definition def = definitions.get(id);
        if (def == null) {
            throw new WiringException("no bean named '" + id + "'");
        }
        if (path.contains(id)) {
            throw new WiringException("circular reference: " + String.join(" -> ", path) + " -> " + id);
        }
        path.push(id);
        try {
            Object bean = def.iface != null ? reference(def) : create(def, path);
            singletons.put(id, bean);
            created.add(id);
            return bean;
        } catch (WiringException e) {
            failures.put(id, e.getMessage());
            throw e;
        } finally {
            path.pop();
        }
    }

    private Object reference(Definition def) {
        Class<?> iface = load(def.iface, "<osgi:reference id=\"" + def.id + "\">");
        if (!iface.isInterface()) {
            throw new WiringException("<osgi:reference id=\"" + def.id + "\">: " + def.iface + " is not an interface");
        }
        Optional<Object> service = hosts.find(iface);
        if (service.isPresent()) {
            return service.get();
        }
        LOG.warn("<osgi:reference id=\"{}\" interface=\"{}\"/>: the sandbox has no such host service; calls to it "
                + "will fail with UnsupportedOperationException", def.id, def.iface);
        return Proxy.newProxyInstance(loader, new Class<?>[] {iface}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return "toString".equals(method.getName()) ? "missing host service " + def.iface
                        : "hashCode".equals(method.getName()) ? System.identityHashCode(proxy) : proxy == args[0];
            }
            throw new UnsupportedOperationException("The sandbox does not implement host service " + def.iface
                    + " (" + method.getName() + ")");
        });
    }

    private Object create(Definition def, Deque<String> path) {
        String what = "bean '" + def.id + "' (" + def.file + ")";
        Class<?> type = load(def.className, what);
        Object bean;
        if (!def.factoryMethod.isEmpty()) {
            bean = callFactoryMethod(type, def, path, what);
        } else if (!def.args.isEmpty()) {
            bean = constructWithArgs(type, def, path, what);
        } else if (def.autowireConstructor) {
            bean = new Autowirer((t, name) -> byType(t, name, path), hosts, strictWiring).construct(type, what);
        } else {
            try {
                Constructor<?> c = type.getDeclaredConstructor();
                c.setAccessible(true);
                bean = c.newInstance();
            } catch (NoSuchMethodException e) {
                throw new WiringException(what + ": " + type.getName() + " has no default constructor; Spring would "
                        + "fail too: add <constructor-arg ref=…/> elements or autowire=\"constructor\"");
            } catch (InvocationTargetException e) {
                throw new WiringException(what + ": constructor threw " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new WiringException(what + ": " + e, e);
            }
        }
        for (Value p : def.props) {
            setProperty(bean, p, path, what);
        }
        if (annotationConfig) {
            invokeAnnotated(bean, "PostConstruct", what);
        }
        if (!def.initMethod.isEmpty()) {
            invoke(bean, def.initMethod, what);
        }
        return bean;
    }

    private Object constructWithArgs(Class<?> type, Definition def, Deque<String> path, String what) {
        List<Object> resolved = new ArrayList<>();
        for (Value v : def.args) {
            resolved.add(v.ref != null ? getBean(v.ref, path) : v.isNull ? null : v.value);
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.getParameterCount() != def.args.size()) {
                continue;
            }
            Object[] ordered = order(c.getParameterTypes(), def.args, resolved);
            if (ordered != null) {
                try {
                    c.setAccessible(true);
                    return c.newInstance(ordered);
                } catch (InvocationTargetException e) {
                    throw new WiringException(what + ": constructor threw " + e.getCause(), e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new WiringException(what + ": " + e, e);
                }
            }
        }
        throw new WiringException(what + ": no constructor of " + type.getName() + " matches the "
                + def.args.size() + " <constructor-arg>s given (" + resolved.stream()
                .map(o -> o == null ? "null" : o.getClass().getSimpleName()).collect(Collectors.joining(", ")) + ")");
    }

    /** {@code <bean class factory-method>}: a static factory method, its arguments from {@code <constructor-arg>}s. */
    private Object callFactoryMethod(Class<?> type, Definition def, Deque<String> path, String what) {
        List<Object> resolved = new ArrayList<>();
        for (Value v : def.args) {
            resolved.add(v.ref != null ? getBean(v.ref, path) : v.isNull ? null : v.value);
        }
        for (Method m : type.getMethods()) {
            if (!m.getName().equals(def.factoryMethod) || !java.lang.reflect.Modifier.isStatic(m.getModifiers())
                    || m.getParameterCount() != def.args.size()) {
                continue;
            }
            Object[] ordered = order(m.getParameterTypes(), def.args, resolved);
            if (ordered != null) {
                try {
                    Object bean = m.invoke(null, ordered);
                    if (bean == null) {
                        throw new WiringException(what + ": factory method " + def.factoryMethod + " returned null");
                    }
                    return bean;
                } catch (InvocationTargetException e) {
                    throw new WiringException(what + ": " + def.factoryMethod + " threw " + e.getCause(), e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new WiringException(what + ": " + e, e);
                }
            }
        }
        throw new WiringException(what + ": no public static " + type.getName() + "." + def.factoryMethod + " with "
                + def.args.size() + " argument(s)");
    }

    /** Matches arguments to parameter types (explicit index first, then the rest in order); null if impossible. */
    private Object[] order(Class<?>[] types, List<Value> defs, List<Object> values) {
        Object[] out = new Object[types.length];
        boolean[] used = new boolean[types.length];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            Integer idx = defs.get(i).index;
            if (idx == null) {
                pending.add(i);
            } else if (idx < 0 || idx >= types.length || used[idx]) {
                return null;
            } else {
                used[idx] = true;
                out[idx] = values.get(i);
            }
        }
        int slot = 0;
        for (int i : pending) {
            while (used[slot]) {
                slot++;
            }
            used[slot] = true;
            out[slot] = values.get(i);
        }
        for (int i = 0; i < types.length; i++) {
            Object converted = convert(out[i], types[i]);
            if (converted == NOT_CONVERTIBLE) {
                return null;
            }
            out[i] = converted;
        }
        return out;
    }

    /** Converts a constructor/property value to the parameter type, or {@link #NOT_CONVERTIBLE}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Object value, Class<?> type) {
        if (value == null) {
            return type.isPrimitive() ? NOT_CONVERTIBLE : null;
        }
        Class<?> boxed = box(type);
        if (boxed.isInstance(value)) {
            return value;
        }
        if (!(value instanceof String)) {
            return NOT_CONVERTIBLE;
        }
        String s = ((String) value).trim();
        try {
            if (boxed == Integer.class) {
                return Integer.valueOf(s);
            } else if (boxed == Long.class) {
                return Long.valueOf(s);
            } else if (boxed == Boolean.class) {
                return Boolean.valueOf(s);
            } else if (boxed == Double.class) {
                return Double.valueOf(s);
            } else if (type.isEnum()) {
                return Enum.valueOf((Class<? extends Enum>) type, s);
            }
        } catch (IllegalArgumentException e) {
            return NOT_CONVERTIBLE;
        }
        return NOT_CONVERTIBLE;
    }

    private static Class<?> box(Class<?> t) {
        if (!t.isPrimitive()) {
            return t;
        }
        if (t == int.class) {
            return Integer.class;
        } else if (t == long.class) {
            return Long.class;
        } else if (t == boolean.class) {
            return Boolean.class;
        } else if (t == double.class) {
            return Double.class;
        }
        return t;
    }

    private void setProperty(Object bean, Value p, Deque<String> path, String what) {
        Object value = p.ref != null ? getBean(p.ref, path) : p.isNull ? null : p.value;
        String setter = "set" + p.name.substring(0, 1).toUpperCase(Locale.ROOT) + p.name.substring(1);
        for (Method m : bean.getClass().getMethods()) {
            if (m.getName().equals(setter) && m.getParameterCount() == 1) {
                Object converted = convert(value, m.getParameterTypes()[0]);
                if (converted != NOT_CONVERTIBLE) {
                    try {
                        m.invoke(bean, converted);
                        return;
                    } catch (ReflectiveOperationException e) {
                        throw new WiringException(what + ": " + setter + " failed: " + e, e);
                    }
                }
            }
        }
        throw new WiringException(what + ": no setter " + setter + " accepting the value of property '" + p.name
                + "'");
    }

    private static void invoke(Object bean, String methodName, String what) {
        try {
            Method m = bean.getClass().getMethod(methodName);
            m.invoke(bean);
        } catch (InvocationTargetException e) {
            throw new WiringException(what + ": " + methodName + "() threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new WiringException(what + ": cannot call " + methodName + "(): " + e, e);
        }
    }

    private static void invokeAnnotated(Object bean, String annotation, String what) {
        for (Method m : bean.getClass().getMethods()) {
            for (Annotation a : m.getAnnotations()) {
                if (a.annotationType().getSimpleName().equals(annotation) && m.getParameterCount() == 0) {
                    invoke(bean, m.getName(), what);
                }
            }
        }
    }

    private Class<?> load(String className, String what) {
        if (className == null || className.isEmpty()) {
            throw new WiringException(what + ": no class/interface given");
        }
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new WiringException(what + ": class " + className + " not found (" + e + ")");
        }
    }

    /** Spring-style autowire candidate: one bean of the type, or the one whose id equals the parameter name. */
    private Optional<Object> byType(Class<?> type, String parameterName, Deque<String> path) {
        List<String> ids = new ArrayList<>();
        for (Definition def : definitions.values()) {
            String name = def.iface != null ? def.iface : def.className;
            try {
                Class<?> declared = Class.forName(name, false, loader);
                Object existing = singletons.get(def.id);
                if (type.isAssignableFrom(declared) || (existing != null && type.isInstance(existing))) {
                    ids.add(def.id);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // Reported when that bean itself is created.
            }
        }
        if (ids.size() > 1 && parameterName != null && ids.contains(parameterName)) {
            ids = List.of(parameterName);
        }
        if (ids.size() > 1) {
            throw new WiringException("more than one bean of type " + type.getName() + ": " + ids);
        }
        return ids.isEmpty() ? Optional.empty() : Optional.of(getBean(ids.get(0), path));
    }

    // ---------------------------------------------------------------- use after start

    /** Autowiring for module classes: candidates from this context, then (with a warning) the host. */
    public Autowirer autowirer() {
        return new Autowirer((t, name) -> {
            try {
                return byType(t, name, new ArrayDeque<>());
            } catch (WiringException e) {
                throw new WiringException("dependency " + t.getName() + ": " + e.getMessage(), e);
            }
        }, hosts, strictWiring);
    }

    /** The first bean (not reference) assignable to the type. */
    public <T> Optional<T> beanOfType(Class<T> type) {
        for (Map.Entry<String, Object> e : singletons.entrySet()) {
            Definition def = definitions.get(e.getKey());
            if (def != null && def.iface == null && type.isInstance(e.getValue())) {
                return Optional.of(type.cast(e.getValue()));
            }
        }
        return Optional.empty();
    }

    /** Beans exported with {@code <osgi:service>} under the given interface name. */
    public List<Object> exportedAs(String interfaceName) {
        List<Object> list = new ArrayList<>();
        for (Export ex : exports) {
            if (ex.interfaces.contains(interfaceName) && singletons.containsKey(ex.ref)) {
                list.add(singletons.get(ex.ref));
            }
        }
        return list;
    }

    public Map<String, String> failures() {
        return Collections.unmodifiableMap(failures);
    }

    /** Destroys beans in reverse creation order (destroy-method, {@code @PreDestroy}). */
    public void close() {
        List<String> ids = new ArrayList<>(created);
        Collections.reverse(ids);
        for (String id : ids) {
            Definition def = definitions.get(id);
            Object bean = singletons.get(id);
            if (def == null || def.iface != null || bean == null) {
                continue;
            }
            try {
                if (annotationConfig) {
                    invokeAnnotated(bean, "PreDestroy", "bean '" + id + "'");
                }
                if (!def.destroyMethod.isEmpty()) {
                    invoke(bean, def.destroyMethod, "bean '" + id + "'");
                }
            } catch (WiringException e) {
                LOG.warn("Destroying bean '{}': {}", id, e.getMessage());
            }
        }
    }

    private record Definition(String id, String file, String className, String iface, String factoryMethod,
            boolean autowireConstructor, String initMethod, String destroyMethod, List<Value> args,
            List<Value> props) {
    }

    private record Value(Integer index, String name, String ref, String value, boolean isNull) {
    }

    private record Export(String ref, List<String> interfaces) {
    }
}
