package no.veikart.roadmap.sandbox.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.DelegatingEntityResolver;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.PathResource;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The plugin's Spring context, built from {@code META-INF/spring/*.xml} by the Spring Framework itself (the version of
 * Jira 11's platform: Spring 6.1.14 in testit-tms/jira-plugin's Jira 11.3.6 pom), one context for all files as
 * {@code Spring-Context: *} asks. XML is validated against its schemas; the Gemini Blueprint namespace is handled by
 * {@link GeminiNamespaceHandler} against the host's {@link HostServices}. Like a plugin in Jira, the context starts
 * whole or not at all: any failure (an unknown or unanswered reference, a bean that cannot be built) stops the start
 * with Spring's message, which names the bean.
 */
public final class SpringContext implements AutoCloseable {

    static final String GEMINI_SCHEMA = "no/veikart/roadmap/sandbox/host/gemini-blueprint-sandbox.xsd";

    private static final Logger LOG = LoggerFactory.getLogger(SpringContext.class);

    private final GenericApplicationContext context;

    private SpringContext(GenericApplicationContext context) {
        this.context = context;
    }

    /** Reads every Spring XML file of the plugin and starts the context. */
    public static SpringContext load(PluginRoot root, HostServices hosts) {
        List<Path> files = root.springXmlFiles();
        if (files.isEmpty()) {
            throw new WiringException("No META-INF/spring/*.xml in " + root.describe()
                    + ": a transformerless plugin declares its beans and host service references there");
        }
        return load(files, root.loader(), hosts);
    }

    /** Reads the given Spring XML files into one context and starts it; throws {@link WiringException} on failure. */
    public static SpringContext load(List<Path> files, ClassLoader loader, HostServices hosts) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(loader);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setBeanClassLoader(loader);
        GeminiNamespaceHandler gemini = new GeminiNamespaceHandler(hosts);
        gemini.init();
        DefaultNamespaceHandlerResolver spring = new DefaultNamespaceHandlerResolver(loader);
        reader.setNamespaceHandlerResolver(namespace -> GeminiNamespaceHandler.NAMESPACE.equals(namespace) ? gemini
                : spring.resolve(namespace));
        reader.setEntityResolver(new SchemaResolver(new DelegatingEntityResolver(loader)));
        try {
            for (Path file : files) {
                reader.loadBeanDefinitions(new PathResource(file));
            }
            context.refresh();
            checkExports(context);
        } catch (BeansException | WiringException e) {
            closeQuietly(context);
            throw new WiringException("The plugin's Spring context did not start: " + causes(e), e);
        }
        LOG.info("Spring context: {} beans from {} file(s)", context.getBeanDefinitionCount(), files.size());
        return new SpringContext(context);
    }

    /** Spring's message and its causes' (Spring 6 no longer folds the cause into the message). */
    static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : " <- ").append(message);
            }
        }
        return text.toString();
    }

    /** As the OSGi framework's registerService: the bean must be an instance of every interface it is published as. */
    private static void checkExports(GenericApplicationContext context) {
        for (GeminiNamespaceHandler.Export export : context.getBeansOfType(GeminiNamespaceHandler.Export.class).values()) {
            Object bean = context.getBean(export.ref());
            for (String name : export.interfaces()) {
                boolean matches;
                try {
                    matches = Class.forName(name, false, context.getClassLoader()).isInstance(bean);
                } catch (ClassNotFoundException e) {
                    matches = false;
                }
                if (!matches) {
                    throw new WiringException("<osgi:service ref=\"" + export.ref() + "\">: the bean (a "
                            + bean.getClass().getName() + ") is not an instance of " + name
                            + "; OSGi refuses to register it");
                }
            }
        }
    }

    /** Constructor autowiring for module classes (servlets, conditions, REST resources…) from this context. */
    public Autowirer autowirer() {
        return new Autowirer(context.getAutowireCapableBeanFactory());
    }

    /** The first plugin bean of the type; imported host services ({@code <osgi:reference>}s) are not plugin beans. */
    public <T> Optional<T> beanOfType(Class<T> type) {
        for (Map.Entry<String, T> e : context.getBeansOfType(type).entrySet()) {
            if (!context.getBeanFactory().getBeanDefinition(e.getKey()).hasAttribute(GeminiNamespaceHandler.REFERENCE)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Beans exported with {@code <osgi:service>} under the given interface name. */
    public List<Object> exportedAs(String interfaceName) {
        List<Object> list = new ArrayList<>();
        for (GeminiNamespaceHandler.Export export : context.getBeansOfType(GeminiNamespaceHandler.Export.class).values()) {
            if (export.interfaces().contains(interfaceName)) {
                list.add(context.getBean(export.ref()));
            }
        }
        return list;
    }

    /** Destroys the beans as Spring does (destroy methods, {@code DisposableBean}), in reverse order. */
    @Override
    public void close() {
        context.close();
    }

    private static void closeQuietly(GenericApplicationContext context) {
        try {
            context.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the failed Spring context: {}", e.toString());
        }
    }

    /** Spring's own schemas from its JARs; the Gemini schema from the sandbox (no network, as in Jira). */
    private static final class SchemaResolver implements EntityResolver {
        private final EntityResolver spring;

        SchemaResolver(EntityResolver spring) {
            this.spring = spring;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException, IOException {
            if (systemId != null && systemId.startsWith("http://www.eclipse.org/gemini/blueprint/schema/blueprint/")
                    && systemId.matches(".*/gemini-blueprint(-1\\.0)?\\.xsd")) {
                InputStream in = SpringContext.class.getClassLoader().getResourceAsStream(GEMINI_SCHEMA);
                if (in == null) {
                    throw new IOException(GEMINI_SCHEMA + " is missing from the sandbox's classpath");
                }
                InputSource source = new InputSource(in);
                source.setPublicId(publicId);
                source.setSystemId(systemId);
                return source;
            }
            return spring.resolveEntity(publicId, systemId);
        }
    }
}
