package no.veikart.roadmap.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.cluster.ClusterManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.jira.security.xsrf.XsrfTokenGenerator;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.cache.CacheManager;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import no.veikart.roadmap.sandbox.cache.SandboxCacheManager;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import no.veikart.roadmap.sandbox.ao.AtlassianTableNameConverter;
import no.veikart.roadmap.sandbox.ao.ModelVersionTable;
import no.veikart.roadmap.sandbox.ao.SandboxDatabase;
import no.veikart.roadmap.sandbox.ao.SandboxTransactionalExecutors;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import no.veikart.roadmap.sandbox.auth.AuthFilter;
import no.veikart.roadmap.sandbox.auth.SandboxApplicationProperties;
import no.veikart.roadmap.sandbox.auth.SandboxLoginUriProvider;
import no.veikart.roadmap.sandbox.auth.SandboxXsrfTokens;
import no.veikart.roadmap.sandbox.host.AoBootstrap;
import no.veikart.roadmap.sandbox.host.BuiltInConditions;
import no.veikart.roadmap.sandbox.host.DescriptorParser;
import no.veikart.roadmap.sandbox.host.HostServices;
import no.veikart.roadmap.sandbox.host.CustomFieldModules;
import no.veikart.roadmap.sandbox.host.ModuleFactory;
import no.veikart.roadmap.sandbox.host.PluginDescriptor;
import no.veikart.roadmap.sandbox.host.PluginI18n;
import no.veikart.roadmap.sandbox.host.PluginRoot;
import no.veikart.roadmap.sandbox.host.SalHostServices;
import no.veikart.roadmap.sandbox.host.SpringContext;
import no.veikart.roadmap.sandbox.host.WebFragments;
import no.veikart.roadmap.sandbox.host.WorkflowModules;
import no.veikart.roadmap.sandbox.jira.JiraStore;
import no.veikart.roadmap.sandbox.jira.SandboxAuthenticationContext;
import no.veikart.roadmap.sandbox.jira.SandboxAvatarManager;
import no.veikart.roadmap.sandbox.jira.SandboxClusterManager;
import no.veikart.roadmap.sandbox.jira.SandboxCommentManager;
import no.veikart.roadmap.sandbox.jira.SandboxCustomFields;
import no.veikart.roadmap.sandbox.jira.SandboxDashboards;
import no.veikart.roadmap.sandbox.jira.SandboxFilters;
import no.veikart.roadmap.sandbox.jira.SandboxGlobalPermissionManager;
import no.veikart.roadmap.sandbox.jira.SandboxGroupManager;
import no.veikart.roadmap.sandbox.jira.SandboxIssueLinkManager;
import no.veikart.roadmap.sandbox.jira.SandboxIssueLinkTypeManager;
import no.veikart.roadmap.sandbox.jira.SandboxIssueManager;
import no.veikart.roadmap.sandbox.jira.SandboxIssueService;
import no.veikart.roadmap.sandbox.jira.SandboxIssueTypeManager;
import no.veikart.roadmap.sandbox.jira.SandboxIssueTypeSchemeManager;
import no.veikart.roadmap.sandbox.jira.SandboxLocaleResolver;
import no.veikart.roadmap.sandbox.jira.SandboxPermissionManager;
import no.veikart.roadmap.sandbox.jira.SandboxProjectManager;
import no.veikart.roadmap.sandbox.jira.SandboxSubTaskManager;
import no.veikart.roadmap.sandbox.jira.SandboxUser;
import no.veikart.roadmap.sandbox.jira.SandboxUserManager;
import no.veikart.roadmap.sandbox.jira.SandboxUsers;
import no.veikart.roadmap.sandbox.jira.UserProfiles;
import no.veikart.roadmap.sandbox.mail.SandboxMailQueue;
import no.veikart.roadmap.sandbox.rest.RestHost;
import no.veikart.roadmap.sandbox.scheduler.SandboxSchedulerService;
import no.veikart.roadmap.sandbox.velocity.SandboxTemplateRenderer;
import no.veikart.roadmap.sandbox.web.HostWebApp;
import no.veikart.roadmap.sandbox.cache.SandboxRequestCacheFactory;
import com.atlassian.jira.cache.request.RequestCacheFactory;
import no.veikart.roadmap.sandbox.web.FilterRestServlet;
import no.veikart.roadmap.sandbox.web.OutboxServlet;
import no.veikart.roadmap.sandbox.web.PageServices;
import no.veikart.roadmap.sandbox.web.WebResources;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A standalone Jira stand-in that hosts the plugin like {@code atlas-run}: at {@code http://localhost:PORT/jira}
 * it reads the plugin's real {@code atlassian-plugin.xml} and Spring XML from the classpath, wires the beans to
 * in-memory Jira services, migrates the Active Objects entities into an H2 file database and serves the plugin's
 * REST resources, servlets, web panels and web resources next to Jira-like pages. Jira state
 * ({@code <home>/jira-state.json}) and AO data ({@code <home>/db}) survive a restart.
 *
 * <p>{@code mvn -Psandbox} runs {@link #main}; tests use {@link #start}.
 */
public final class Sandbox {

    public static final String CONTEXT_PATH = "/jira";
    static final String DEMO_DATA_CLASS = "no.veikart.roadmap.sandbox.DemoData";
    static final String DEMO_MARKER = "demo-loaded";
    private static final String LIFECYCLE_AWARE = "com.atlassian.sal.api.lifecycle.LifecycleAware";
    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
    private volatile SandboxTemplateRenderer templates;

    private final Path home;
    private final HostServices hosts = new HostServices();
    private final Map<Class<?>, Object> internals = new LinkedHashMap<>();
    private final SandboxUsers users = new SandboxUsers();
    private SandboxAuthenticationContext auth;
    private PluginRoot root;
    private SandboxDatabase database;
    private SpringContext spring;
    private Server server;
    private volatile int port;
    private long readyMillis;
    private long demoMillis;
    private boolean lifecycleStarted;

    private Sandbox(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    /**
     * Starts the sandbox on the port (0 = any free port) with its state under {@code home}; loads the demo data
     * once per home.
     */
    public static Sandbox start(int port, Path home) {
        return start(port, home, true);
    }

    /** As {@link #start(int, Path)}; {@code demoData=false} leaves a fresh home empty (tests that need a clean Jira). */
    public static Sandbox start(int port, Path home, boolean demoData) {
        return start(port, home, demoData, Set.of());
    }

    /**
     * As {@link #start(int, Path, boolean)} on a host that does not offer the {@code withheld} services (a Jira that
     * does not export them): tests of the plugin's optional references.
     */
    public static Sandbox start(int port, Path home, boolean demoData, Set<Class<?>> withheld) {
        long started = System.nanoTime();
        Sandbox sandbox = new Sandbox(home);
        try {
            sandbox.boot(port, demoData, withheld);
        } catch (Exception e) {
            sandbox.stop();
            throw new IllegalStateException("Sandbox failed to start: " + e.getMessage(), e);
        }
        sandbox.readyMillis = (System.nanoTime() - started) / 1_000_000;
        return sandbox;
    }

    public String baseUrl() {
        return "http://localhost:" + port + CONTEXT_PATH;
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    /** Milliseconds {@link #start} took, demo data included. */
    /**
     * Every "Method needs allowlisting" line logged since the start: a template called a method Jira would block
     * (it rendered nothing). Tests that render pages assert this is empty.
     */
    public List<String> velocityAllowlistRefusals() {
        return templates == null ? List.of() : templates.allowlistRefusals();
    }

    public long readyMillis() {
        return readyMillis;
    }

    /** Milliseconds the demo data took to load in this start (0 when it was loaded before or not at all). */
    public long demoMillis() {
        return demoMillis;
    }

    /**
     * A plugin bean (from its Spring XML) or host service by type, e.g. {@code component(IssueService.class)}; also
     * the sandbox's own {@link SandboxUsers}, {@link UserProfiles}, {@link JiraStore}, {@link PluginDescriptor}
     * and {@link WebFragments}.
     */
    public <T> T component(Class<T> type) {
        Optional<T> bean = spring == null ? Optional.empty() : spring.beanOfType(type);
        if (bean.isPresent()) {
            return bean.get();
        }
        Optional<T> host = hosts.get(type);
        if (host.isPresent()) {
            return host.get();
        }
        Object internal = internals.get(type);
        if (internal != null) {
            return type.cast(internal);
        }
        throw new IllegalArgumentException("No plugin bean or host service of type " + type.getName());
    }

    /** A sandbox user (admin, member, viewer, outsider). */
    public ApplicationUser user(String username) {
        return users.byName(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
    }

    /** Runs in-process code as if the user made the request (JiraAuthenticationContext returns them). */
    public <T> T asUser(String username, Supplier<T> action) {
        return auth.runAs(user(username), action);
    }

    /** Runs a scheduled job now, as Jira's scheduler would fire it (admins: /secure/admin/roadmap-outbox). */
    public SandboxSchedulerService.Run runJob(String jobId) {
        return component(SandboxSchedulerService.class).runNow(JobId.of(jobId));
    }

    public void stop() {
        if (lifecycleStarted) {
            lifecycle("onStop");
            lifecycleStarted = false;
        }
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                LOG.warn("Jetty did not stop cleanly", e);
            }
            server = null;
        }
        if (spring != null) {
            spring.close();
            spring = null;
        }
        if (database != null) {
            try {
                database.close();
            } catch (RuntimeException e) {
                LOG.warn("Database did not close cleanly", e);
            }
            database = null;
        }
        if (root != null) {
            root.close();
            root = null;
        }
    }

    /** Blocks until the server stops (main only). */
    void join() throws InterruptedException {
        server.join();
    }

    // ------------------------------------------------------------------------------------------------ start-up

    private void boot(int requestedPort, boolean demoData, Set<Class<?>> withheld) throws Exception {
        Files.createDirectories(home);
        Clock clock = Clock.systemUTC();
        JiraStore store = JiraStore.open(home);
        UserProfiles profiles = new UserProfiles(store);
        auth = new SandboxAuthenticationContext(profiles);
        ClassLoader loader = Sandbox.class.getClassLoader();
        root = PluginRoot.locate(loader, Paths.get("target", "classes"));
        PluginDescriptor descriptor = readDescriptor(root);

        ActiveObjects ao = openDatabase();
        for (PluginDescriptor.AoModule module : descriptor.ao()) {
            String namespace = module.namespace() != null ? module.namespace() : descriptor.key();
            if (!AtlassianTableNameConverter.PLUGIN_NAMESPACE.equals(namespace)) {
                LOG.warn("<ao key=\"{}\"> namespace {} differs from the sandbox database's table prefix namespace {}",
                        module.key(), namespace, AtlassianTableNameConverter.PLUGIN_NAMESPACE);
            }
        }
        PluginI18n.requireAscii(root, descriptor.i18nLocations());
        PluginI18n i18n = new PluginI18n(descriptor.i18nLocations(), loader);
        SandboxTemplateRenderer renderer = new SandboxTemplateRenderer(descriptor.velocityAllowlist());
        templates = renderer;
        SandboxPermissionManager permissions = new SandboxPermissionManager(store, users);
        SandboxGlobalPermissionManager globalPermissions = new SandboxGlobalPermissionManager(users);
        SandboxProjectManager projects = new SandboxProjectManager(store);
        SandboxIssueManager issues = new SandboxIssueManager(store);
        SandboxIssueLinkManager links = new SandboxIssueLinkManager(store);
        SandboxIssueLinkTypeManager linkTypes = new SandboxIssueLinkTypeManager(store);
        SandboxCommentManager comments = new SandboxCommentManager(store, clock);
        SandboxXsrfTokens xsrf = new SandboxXsrfTokens();
        SandboxRequestCacheFactory requestCaches = new SandboxRequestCacheFactory();
        SandboxCustomFields customFields = new SandboxCustomFields(store, auth);
        hosts.register(ProjectManager.class, projects)
                .register(IssueManager.class, issues)
                .register(IssueService.class, new SandboxIssueService(store, users, clock, customFields))
                .register(IssueTypeManager.class, new SandboxIssueTypeManager(store))
                .register(IssueTypeSchemeManager.class, new SandboxIssueTypeSchemeManager(store))
                .register(SubTaskManager.class, new SandboxSubTaskManager(store))
                .register(IssueLinkManager.class, links)
                .register(IssueLinkTypeManager.class, linkTypes)
                .register(CommentManager.class, comments)
                .register(PermissionManager.class, permissions)
                .register(GlobalPermissionManager.class, globalPermissions)
                .register(GroupManager.class, new SandboxGroupManager())
                .register(JiraAuthenticationContext.class, auth)
                .register(AvatarManager.class, new SandboxAvatarManager())
                .register(TemplateRenderer.class, renderer)
                .register(LoginUriProvider.class, new SandboxLoginUriProvider(this::baseUrl))
                .register(ApplicationProperties.class, new SandboxApplicationProperties(this::baseUrl))
                .register(XsrfTokenAccessor.class, xsrf)
                .register(XsrfTokenValidator.class, xsrf)
                .register(XsrfTokenGenerator.class, xsrf);
        SandboxFilters filters = new SandboxFilters(store, customFields, permissions, users);
        hosts.register(SearchRequestService.class, filters).register(SearchService.class, filters);
        internals.put(SandboxFilters.class, filters);
        hosts.register(CustomFieldManager.class, customFields.manager())
                .register(FieldConfigSchemeManager.class, customFields.schemes())
                .register(OptionsManager.class, customFields.options())
                .register(DateFieldFormat.class, customFields.dates());
        // Follow-up reminders: scheduler (jobs run on demand), mail outbox (<home>/mail.log), users, user locales.
        SandboxSchedulerService scheduler = new SandboxSchedulerService(clock);
        SandboxMailQueue mail = new SandboxMailQueue(home.resolve(SandboxMailQueue.LOG_FILE), clock);
        hosts.register(SchedulerService.class, scheduler)
                .register(MailQueue.class, mail)
                .register(UserManager.class, new SandboxUserManager(users))
                .register(CacheManager.class, new SandboxCacheManager())
                .register(RequestCacheFactory.class, requestCaches)
                .register(LocaleResolver.class, new SandboxLocaleResolver(users, profiles))
                .register(ClusterManager.class, new SandboxClusterManager());
        if (ao != null) {
            hosts.register(ActiveObjects.class, ao);
            hosts.register(TransactionalExecutorFactory.class,
                    new SandboxTransactionalExecutors(database.entityManager().getProvider()));
        }
        new SalHostServices(loader, hosts).registerAll(ao, i18n, auth, users, globalPermissions);
        internals.put(SandboxUsers.class, users);
        internals.put(UserProfiles.class, profiles);
        internals.put(JiraStore.class, store);
        internals.put(SandboxCustomFields.class, customFields);
        internals.put(PluginDescriptor.class, descriptor);

        withheld.forEach(hosts::withdraw);
        spring = SpringContext.load(root, hosts);
        ModuleFactory modules = new ModuleFactory(loader, spring.autowirer(),
                new BuiltInConditions(auth, globalPermissions, permissions));
        if (ao != null) {
            // Upgrade tasks in model-version order, the version kept in the database (Jira: plugin settings).
            AoBootstrap.run(descriptor, ao, modules, new ModelVersionTable(database.entityManager()));
        }

        WebFragments fragments = new WebFragments(descriptor, modules, renderer, i18n, root);
        CustomFieldModules fieldTypes = new CustomFieldModules(descriptor, modules, renderer);
        customFields.usePluginTypes(fieldTypes);
        internals.put(WorkflowModules.class, new WorkflowModules(descriptor, modules, renderer).enableAll());
        internals.put(WebFragments.class, fragments);
        PageServices pages = new PageServices(users, auth, profiles, permissions, globalPermissions, projects,
                issues, links, linkTypes, comments, xsrf, descriptor, fragments, new WebResources(descriptor), customFields,
                fieldTypes, new SandboxDashboards(store), filters);
        Map<String, Servlet> rest = new LinkedHashMap<>();
        for (PluginDescriptor.RestModule module : descriptor.rest()) {
            rest.put(module.mountPath(), RestHost.servlet(module, root, modules, auth, globalPermissions));
        }
        ServletContextHandler jira = HostWebApp.build(CONTEXT_PATH, pages, root, modules, rest, nodeModules(),
                new AuthFilter(users, auth));
        jira.addFilter(new FilterHolder(xsrf.requestBinding()), "/*", EnumSet.of(DispatcherType.REQUEST));
        // Every HTTP request is one request-cache scope, as in Jira.
        jira.addFilter(new FilterHolder(requestCaches.scope()), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        jira.addServlet(new ServletHolder(new OutboxServlet(pages, scheduler, mail)), OutboxServlet.PATH);
        jira.addServlet(new ServletHolder(new FilterRestServlet(auth, filters)), FilterRestServlet.PATH + "/*");
        startServer(requestedPort, jira);
        lifecycle("onStart");
        lifecycleStarted = true;
        if (demoData) {
            loadDemoData();
        }
    }

    private static PluginDescriptor readDescriptor(PluginRoot root) {
        Optional<Path> file = root.file("atlassian-plugin.xml");
        if (file.isEmpty()) {
            LOG.error("atlassian-plugin.xml not found in {}: serving the host pages only", root.describe());
            return PluginDescriptor.empty();
        }
        try (InputStream in = Files.newInputStream(file.get())) {
            PluginDescriptor d = DescriptorParser.parse(in);
            LOG.info("Plugin {} from {}: {} REST, {} servlet, {} web-panel, {} web-item, {} web-resource, "
                            + "{} dashboard-item, {} customfield-type, {} ao module(s)", d.key(), root.describe(),
                    d.rest().size(), d.servlets().size(), d.webPanels().size(), d.webItems().size(), d.webResources().size(),
                    d.dashboardItems().size(), d.customFieldTypes().size(), d.ao().size());
            if (!d.ignoredModules().isEmpty()) {
                LOG.warn("Descriptor modules the sandbox does not host: {}", d.ignoredModules());
            }
            return d;
        } catch (IOException | RuntimeException e) {
            LOG.error("atlassian-plugin.xml cannot be read: {}", e.getMessage());
            return PluginDescriptor.empty();
        }
    }

    private ActiveObjects openDatabase() {
        try {
            database = SandboxDatabase.h2File(home);
            return database.activeObjects();
        } catch (RuntimeException e) {
            LOG.error("Active Objects database under {} cannot be opened; AO is not available", home.resolve("db"),
                    e);
            return null;
        }
    }

    private void startServer(int requestedPort, ServletContextHandler jira) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(requestedPort);
        server.addConnector(connector);
        ServletContextHandler top = new ServletContextHandler("/");
        top.addServlet(new ServletHolder(new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                if ("/".equals(req.getRequestURI())) {
                    resp.sendRedirect(CONTEXT_PATH + "/secure/Dashboard.jspa");
                } else {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            }
        }), "/");
        server.setHandler(new ContextHandlerCollection(jira, top));
        server.start();
        port = connector.getLocalPort();
    }

    /** The npm install holding AUI: {@code -Dsandbox.nodeModules}, else {@code node_modules} up from here. */
    private Path nodeModules() {
        String configured = System.getProperty("sandbox.nodeModules");
        List<Path> candidates = new ArrayList<>();
        if (configured != null) {
            candidates.add(Paths.get(configured));
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("node_modules"));
        }
        for (Path c : candidates) {
            if (Files.isDirectory(c.resolve("@atlassian/aui/dist/aui"))) {
                return c.toAbsolutePath().normalize();
            }
        }
        LOG.warn("AUI not found (node_modules/@atlassian/aui): run 'npm ci' in the project; pages render unstyled");
        return null;
    }

    /** SAL calls LifecycleAware beans exported as OSGi services once the plugin system is up, and on shutdown. */
    private void lifecycle(String method) {
        for (Object bean : spring.exportedAs(LIFECYCLE_AWARE)) {
            try {
                bean.getClass().getMethod(method).invoke(bean);
            } catch (InvocationTargetException e) {
                LOG.error("{}.{}() failed", bean.getClass().getName(), method, e.getCause());
            } catch (ReflectiveOperationException e) {
                LOG.error("{}.{}() cannot be called: {}", bean.getClass().getName(), method, e.toString());
            }
        }
    }

    /** Loads the demo data once per home (marker file), when the DemoData class exists. */
    private void loadDemoData() throws IOException {
        Path marker = home.resolve(DEMO_MARKER);
        if (Files.exists(marker)) {
            return;
        }
        Class<?> type;
        try {
            type = Class.forName(DEMO_DATA_CLASS, true, Sandbox.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            LOG.info("No {} yet: no demo data loaded", DEMO_DATA_CLASS);
            return;
        }
        try {
            long started = System.nanoTime();
            Object demo = type.getConstructor(Sandbox.class).newInstance(this);
            type.getMethod("load").invoke(demo);
            Files.writeString(marker, "Demo data loaded; delete this file to load it again.\n",
                    StandardCharsets.UTF_8);
            demoMillis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            LOG.info("Demo data loaded in {} ms", demoMillis);
        } catch (InvocationTargetException e) {
            LOG.error("DemoData.load() failed; it will be tried again at the next start", e.getCause());
        } catch (ReflectiveOperationException e) {
            LOG.error("DemoData needs a public DemoData(Sandbox) constructor and a public load() method: {}",
                    e.toString());
        }
    }

    // ------------------------------------------------------------------------------------------------ main

    /** {@code mvn -Psandbox}: system properties {@code sandbox.port} (2990) and {@code sandbox.home}. */
    public static void main(String[] args) throws InterruptedException {
        int port = Integer.getInteger("sandbox.port", 2990);
        Path home = Paths.get(System.getProperty("sandbox.home", "target/sandbox-home"));
        Sandbox sandbox = start(port, home);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::stop, "sandbox-shutdown"));
        PrintStream out = System.out;
        out.println();
        out.println("==========================================================================");
        out.println(" Service Innovation Roadmap sandbox ready in "
                + String.format(java.util.Locale.ROOT, "%.1f s", sandbox.readyMillis() / 1000.0)
                + " (JVM up " + String.format(java.util.Locale.ROOT, "%.1f s",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0) + ")");
        out.println(" " + sandbox.baseUrl() + "/secure/Dashboard.jspa");
        out.println(" Users (password = username):");
        for (SandboxUser u : sandbox.users.all()) {
            out.println("   " + u.getUsername() + " - " + sandbox.users.describe(u));
        }
        out.println(" Home: " + sandbox.home() + "  (delete it for a fresh Jira)");
        out.println(" Stop with Ctrl+C");
        out.println("==========================================================================");
        sandbox.join();
    }
}
