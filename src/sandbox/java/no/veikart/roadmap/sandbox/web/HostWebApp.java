package no.veikart.roadmap.sandbox.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import no.veikart.roadmap.sandbox.auth.AuthFilter;
import no.veikart.roadmap.sandbox.host.ModuleFactory;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.ServletModule;
import no.veikart.roadmap.sandbox.host.PluginRoot;
import no.veikart.roadmap.sandbox.host.WiringException;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code /jira} web application: host pages, static files, the plugin's servlets and REST modules. */
public final class HostWebApp {

    private static final Logger LOG = LoggerFactory.getLogger(HostWebApp.class);
    private static final EnumSet<DispatcherType> REQUEST = EnumSet.of(DispatcherType.REQUEST);

    private HostWebApp() {
    }

    /**
     * @param restServlets mount path (e.g. {@code /rest/roadmap/1.0}) to Jersey servlet
     * @param nodeModules  the npm {@code node_modules} directory holding AUI and jQuery, or null
     */
    public static ServletContextHandler build(String contextPath, PageServices services, PluginRoot root,
            ModuleFactory modules, Map<String, Servlet> restServlets, Path nodeModules, AuthFilter authFilter) {
        ServletContextHandler ctx = new ServletContextHandler(ServletContextHandler.SESSIONS);
        ctx.setContextPath(contextPath);
        PageLayout layout = new PageLayout(services);
        ctx.addFilter(new FilterHolder(new SwallowRequestBodyFilter()), "/*", REQUEST);
        ctx.addFilter(new FilterHolder(authFilter), "/*", REQUEST);

        ctx.addServlet(new ServletHolder(new LoginServlet(services, layout)), "/login.jsp");
        ctx.addServlet(new ServletHolder(new LogoutServlet()), "/logout");
        ctx.addServlet(new ServletHolder(new DashboardServlet(services, layout)), "/secure/Dashboard.jspa");
        ctx.addServlet(new ServletHolder(new PreferencesServlet(services, layout)),
                "/secure/UpdateUserPreferences.jspa");
        ctx.addServlet(new ServletHolder(new IssuePageServlet(services, layout)), "/browse/*");
        ctx.addServlet(new ServletHolder(new EditIssueServlet(services, layout)), EditIssueServlet.PATH);
        ctx.addServlet(new ServletHolder(new ProjectPageServlet(services, layout)), "/projects/*");
        ctx.addServlet(new ServletHolder(new IssueSearchServlet(services, layout)), "/issues/*");
        ctx.addServlet(new ServletHolder(new RootServlet(services, layout)), "/");

        Map<String, Path> aui = new LinkedHashMap<>();
        if (nodeModules != null) {
            aui.put("/jquery/", nodeModules.resolve("jquery/dist"));
            aui.put("", nodeModules.resolve("@atlassian/aui/dist/aui"));
        }
        ctx.addServlet(new ServletHolder(new StaticFileServlet(aui, null)), "/s/aui/*");
        ctx.addServlet(new ServletHolder(new StaticFileServlet(Map.of(), "sandbox-static")), "/s/sandbox/*");
        // The AMD loader Jira's pages have (define/require): npm's almond.
        ctx.addServlet(new ServletHolder(new StaticFileServlet(nodeModules == null ? Map.of()
                : Map.of("", nodeModules.resolve("almond")), null)), WebResources.AMD_PREFIX + "*");
        ServletHolder webResources = new ServletHolder(new WebResourceServlet(services, root));
        ctx.addServlet(webResources, "/s/roadmap/_/download/resources/*");
        ctx.addServlet(webResources, "/download/resources/*");
        ctx.addServlet(new ServletHolder(new DashboardItemsServlet(services)), DashboardItemsServlet.PATH + "/*");

        ctx.addFilter(new FilterHolder(new DecoratorFilter(layout)), "/plugins/servlet/*", REQUEST);
        for (ServletModule module : services.descriptor().servlets()) {
            mountServlet(ctx, module, modules, services, layout);
        }
        restServlets.forEach((mount, servlet) -> ctx.addServlet(new ServletHolder(servlet), mount + "/*"));
        return ctx;
    }

    private static void mountServlet(ServletContextHandler ctx, ServletModule module, ModuleFactory modules,
            PageServices services, PageLayout layout) {
        Servlet servlet;
        try {
            servlet = modules.create(module.className(), Servlet.class, "<servlet key=\"" + module.key() + "\">");
        } catch (WiringException e) {
            LOG.error("Servlet not served: {}", e.getMessage());
            return;
        }
        ServletHolder holder = new ServletHolder(module.key(), servlet);
        holder.setInitParameters(module.initParams());
        for (String pattern : module.urlPatterns()) {
            String mapped = "/plugins/servlet" + (pattern.startsWith("/") ? pattern : "/" + pattern);
            ctx.addServlet(holder, mapped);
            ctx.addFilter(new FilterHolder(new PluginServletAccessFilter(servlet.getClass(), services, layout)),
                    mapped, REQUEST);
            LOG.info("Servlet {} at {}{}", module.key(), ctx.getContextPath(), mapped);
        }
    }
}
