package no.veikart.roadmap.sandbox.host;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.BeanDefinitionParser;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Gemini Blueprint namespace ({@code xmlns:osgi="http://www.eclipse.org/gemini/blueprint/schema/blueprint"}) as
 * the sandbox's host understands it, in place of Gemini's {@code OsgiNamespaceHandler}
 * (eclipse-gemini/gemini.blueprint core/…/config/OsgiNamespaceHandler.java), for the two elements the plugin uses:
 *
 * <ul>
 *   <li>{@code <osgi:reference id interface [availability|cardinality] [timeout]>}: a bean of the interface's type,
 *       answered by the host service registered under exactly that interface. The interface must be one Jira 11
 *       exports ({@link Jira11Services}), else the plugin does not start. A mandatory reference without a host
 *       service stops the start (Gemini waits for it, then fails the context); an optional one yields a proxy whose
 *       every call throws {@link ServiceUnavailableException}, as Gemini's does after {@code timeout} ms.</li>
 *   <li>{@code <osgi:service ref interface>}: an export the host can find ({@link Export}); checked after refresh.</li>
 * </ul>
 *
 * <p>Defaults as Gemini's {@code OsgiDefaultsDefinition}: {@code default-timeout} and {@code default-availability}
 * from the document root (namespaced or plain), else 300000 ms and mandatory; {@code cardinality="0..1"} means
 * optional. Everything else in the namespace is refused by the sandbox's schema (gemini-blueprint-sandbox.xsd).
 */
public final class GeminiNamespaceHandler extends NamespaceHandlerSupport {

    public static final String NAMESPACE = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    /** Gemini's timeout when neither the reference nor the root says one (OsgiDefaultsDefinition.TIMEOUT_DEFAULT). */
    static final long GEMINI_DEFAULT_TIMEOUT = 300_000L;
    /** Bean definition attribute marking an imported host service. */
    static final String REFERENCE = "osgi.reference";

    private static final Logger LOG = LoggerFactory.getLogger(GeminiNamespaceHandler.class);

    private final HostServices hosts;

    public GeminiNamespaceHandler(HostServices hosts) {
        this.hosts = hosts;
    }

    @Override
    public void init() {
        registerBeanDefinitionParser("reference", new ReferenceParser());
        registerBeanDefinitionParser("service", new ServiceParser());
    }

    /** An {@code <osgi:service>}: the bean {@code ref} published under {@code interfaces}. */
    public record Export(String ref, List<String> interfaces) {
    }

    private final class ReferenceParser implements BeanDefinitionParser {
        @Override
        public BeanDefinition parse(Element element, ParserContext pc) {
            String id = element.getAttribute("id");
            List<String> names = interfaces(element);
            String what = "<osgi:reference id=\"" + id + "\">";
            if (names.size() != 1) {
                pc.getReaderContext().error(what + " must name exactly one interface (has " + names + ")", element);
                return null;
            }
            String name = names.get(0);
            if (Jira11Services.find(name).isEmpty()) {
                pc.getReaderContext().error(what + ": " + name + " is not a service Jira 11 exports to plugins "
                        + "(no public source puts it on Jira11Services); Jira would never answer this reference", element);
                return null;
            }
            Class<?> type = load(name, pc, element, what);
            if (type == null) {
                return null;
            }
            boolean optional = optional(element);
            long timeout = timeout(element);
            if (optional && timeout > 0) {
                LOG.warn("{} is optional with timeout {} ms: in Jira every call blocks that long before it fails "
                        + "while the service is missing; timeout=\"0\" fails at once", what, timeout);
            }
            RootBeanDefinition bd = new RootBeanDefinition(type);
            bd.setInstanceSupplier(() -> resolve(what, type, optional, timeout));
            bd.setSource(pc.extractSource(element));
            bd.setAttribute(REFERENCE, name);
            if (StringUtils.hasText(element.getAttribute("depends-on"))) {
                bd.setDependsOn(StringUtils.tokenizeToStringArray(element.getAttribute("depends-on"), ",; "));
            }
            pc.getRegistry().registerBeanDefinition(id, bd);
            return bd;
        }

        private Object resolve(String what, Class<?> type, boolean optional, long timeout) {
            Object service = hosts.exact(type).orElse(null);
            if (service != null) {
                if (!type.isInstance(service)) {
                    throw new WiringException(what + ": the host service registered as " + type.getName()
                            + " is a " + service.getClass().getName() + ", not a " + type.getName());
                }
                return service;
            }
            if (!optional) {
                throw new WiringException(what + ": no host service is registered under exactly " + type.getName()
                        + "; the reference is mandatory, so Jira would wait " + timeout + " ms and then fail the "
                        + "plugin's start");
            }
            LOG.warn("{}: no host service {}; the plugin starts with a proxy whose calls throw "
                    + "ServiceUnavailableException (optional reference)", what, type.getName());
            return unavailable(type, timeout);
        }

        private Object unavailable(Class<?> type, long timeout) {
            String message = "service matching filter=[(objectClass=" + type.getName() + ")] unavailable"
                    + (timeout > 0 ? " (Jira would have waited " + timeout + " ms first)" : "");
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    switch (method.getName()) {
                        case "toString":
                            return "unavailable OSGi service " + type.getName();
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        default:
                            return proxy == args[0];
                    }
                }
                throw new ServiceUnavailableException(message);
            });
        }
    }

    private static final class ServiceParser implements BeanDefinitionParser {
        @Override
        public BeanDefinition parse(Element element, ParserContext pc) {
            String ref = element.getAttribute("ref");
            List<String> names = interfaces(element);
            if (names.isEmpty()) {
                pc.getReaderContext().error("<osgi:service ref=\"" + ref + "\"> names no interface", element);
                return null;
            }
            for (String name : names) {
                load(name, pc, element, "<osgi:service ref=\"" + ref + "\">");
            }
            RootBeanDefinition bd = new RootBeanDefinition(Export.class);
            bd.getConstructorArgumentValues().addIndexedArgumentValue(0, ref);
            bd.getConstructorArgumentValues().addIndexedArgumentValue(1, List.copyOf(names));
            bd.setSource(pc.extractSource(element));
            String id = StringUtils.hasText(element.getAttribute("id")) ? element.getAttribute("id")
                    : pc.getReaderContext().generateBeanName(bd);
            pc.getRegistry().registerBeanDefinition(id, bd);
            return bd;
        }
    }

    /** The {@code interface} attribute and any {@code <osgi:interfaces><value>} names. */
    private static List<String> interfaces(Element element) {
        List<String> names = new ArrayList<>();
        if (StringUtils.hasText(element.getAttribute("interface"))) {
            names.add(element.getAttribute("interface").trim());
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node n = children.item(i);
            if (n instanceof Element && "interfaces".equals(n.getLocalName())) {
                NodeList values = n.getChildNodes();
                for (int j = 0; j < values.getLength(); j++) {
                    if (values.item(j) instanceof Element && "value".equals(values.item(j).getLocalName())) {
                        names.add(values.item(j).getTextContent().trim());
                    }
                }
            }
        }
        return names;
    }

    private static Class<?> load(String name, ParserContext pc, Element element, String what) {
        ClassLoader loader = pc.getReaderContext().getBeanClassLoader();
        try {
            Class<?> type = ClassUtils.forName(name, loader != null ? loader : ClassUtils.getDefaultClassLoader());
            if (!type.isInterface()) {
                pc.getReaderContext().error(what + ": " + name + " is a class; Jira publishes host services "
                        + "under interfaces", element);
                return null;
            }
            return type;
        } catch (ClassNotFoundException | LinkageError e) {
            pc.getReaderContext().error(what + ": interface " + name + " cannot be loaded (" + e + ")", element);
            return null;
        }
    }

    private static boolean optional(Element element) {
        String availability = element.getAttribute("availability");
        if (StringUtils.hasText(availability)) {
            return "optional".equals(availability);
        }
        String cardinality = element.getAttribute("cardinality");
        if (StringUtils.hasText(cardinality)) {
            return cardinality.startsWith("0");
        }
        return "optional".equals(rootDefault(element, "default-availability"));
    }

    private static long timeout(Element element) {
        String own = element.getAttribute("timeout");
        if (StringUtils.hasText(own)) {
            return Long.parseLong(own.trim());
        }
        String root = rootDefault(element, "default-timeout");
        return StringUtils.hasText(root) ? Long.parseLong(root.trim()) : GEMINI_DEFAULT_TIMEOUT;
    }

    /** As OsgiDefaultsDefinition.getAttribute: the namespaced root attribute, else the plain one. */
    static String rootDefault(Element element, String attribute) {
        Element root = element.getOwnerDocument().getDocumentElement();
        String value = root.getAttributeNS(NAMESPACE, attribute);
        return StringUtils.hasText(value) ? value : root.getAttribute(attribute);
    }
}
