package no.veikart.roadmap.sandbox.rest;

import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import jakarta.servlet.Servlet;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.sandbox.host.ModuleFactory;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.RestModule;
import no.veikart.roadmap.sandbox.host.PluginRoot;
import no.veikart.roadmap.sandbox.host.WiringException;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code <rest>} module on Jersey: scans the module's {@code <package>}s in the plugin root (never the sandbox
 * or test classes) for {@code @Path} resources and {@code @Provider}s, builds each by constructor autowiring (one
 * instance per class, like a Spring singleton) and serves them with Jackson, the access annotations and XSRF rules.
 * A class Jersey could not build (see {@link JerseyConstructors}) or whose dependencies are not beans of the plugin
 * stops the start, naming the class.
 */
public final class RestHost {

    private static final Logger LOG = LoggerFactory.getLogger(RestHost.class);
    private static final String SANDBOX_PACKAGE = "no.veikart.roadmap.sandbox";

    private RestHost() {
    }

    public static Servlet servlet(RestModule module, PluginRoot root, ModuleFactory modules,
            JiraAuthenticationContext auth, GlobalPermissionManager globalPermissions) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName(module.key());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new SecurityFeature(auth, globalPermissions));
        List<String> registered = new ArrayList<>();
        List<Class<?>> pluginMappers = new ArrayList<>();
        boolean xsrfExclusions = false;
        Map<Class<?>, Object> resources = new LinkedHashMap<>();
        for (Class<?> type : scan(module, root, modules)) {
            String what = "<rest key=\"" + module.key() + "\"> " + type.getName();
            JerseyConstructors.check(type, what);
            try {
                Object instance = modules.create(type, what);
                if (type.isAnnotationPresent(Path.class)) {
                    // Registered as a class with its instance bound, so Jersey serves that one instance.
                    resources.put(type, instance);
                    config.register(type);
                    xsrfExclusions |= SecurityFeature.hasXsrfExclusions(type);
                } else {
                    config.register(instance);
                    if (instance instanceof ExceptionMapper) {
                        pluginMappers.add(ErrorMappers.handledType(type));
                    }
                }
                registered.add(type.getSimpleName());
            } catch (WiringException e) {
                // Jira leaves the plugin's REST module broken; the sandbox refuses to start so no test passes over it.
                throw new WiringException("REST class " + type.getName() + " cannot be built the way Jersey builds it: "
                        + e.getMessage(), e);
            }
        }
        ErrorMappers.notCoveredBy(pluginMappers).forEach(config::register);
        if (!xsrfExclusions) {
            config.register(new XsrfFilter.BeforeMatching());
        }
        config.register(new AbstractBinder() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            protected void configure() {
                resources.forEach((type, instance) -> bind(instance).to((Class) type));
            }
        });
        if (registered.isEmpty()) {
            LOG.error("<rest key=\"{}\">: no @Path resource or @Provider found in {}", module.key(),
                    module.packages());
        } else {
            LOG.info("REST {} serves {}", module.mountPath(), registered);
        }
        return new ServletContainer(config);
    }

    private static List<Class<?>> scan(RestModule module, PluginRoot root, ModuleFactory modules) {
        List<String> packages = module.packages().isEmpty() ? List.of("") : module.packages();
        List<Class<?>> found = new ArrayList<>();
        for (String pkg : packages) {
            for (String name : root.classNamesUnder(pkg)) {
                if (name.startsWith(SANDBOX_PACKAGE + ".") || name.contains("$$")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = modules.load(name, "REST scan");
                } catch (WiringException e) {
                    LOG.warn("REST scan: {}", e.getMessage());
                    continue;
                }
                boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers())
                        && !type.isAnonymousClass() && !type.isLocalClass();
                boolean annotated = type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class);
                if (concrete && annotated && !found.contains(type)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
