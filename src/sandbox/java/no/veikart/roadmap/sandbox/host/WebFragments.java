package no.veikart.roadmap.sandbox.host;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.ConditionNode;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.ContextProviderSpec;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.Resource;
import no.veikart.roadmap.sandbox.velocity.HtmlEscaping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web panels, web items and dashboard items as Jira's web fragment framework handles them: conditions and context
 * providers are module classes built once per module (autowired, then {@code init(params)}), a failing condition
 * hides the fragment, and a panel's {@code view} resource is rendered through the host template renderer with the
 * context provider's map. Rendering errors become a visible error box plus a log line.
 */
public final class WebFragments {

    private static final Logger LOG = LoggerFactory.getLogger(WebFragments.class);
    private static final String LEGACY_ADMIN = "system.admin/";

    private final PluginDescriptor descriptor;
    private final ModuleFactory modules;
    private final TemplateRenderer renderer;
    private final PluginI18n i18n;
    private final PluginRoot root;
    private final Map<String, Optional<Condition>> conditions = new ConcurrentHashMap<>();
    private final Map<String, Optional<ContextProvider>> providers = new ConcurrentHashMap<>();

    public WebFragments(PluginDescriptor descriptor, ModuleFactory modules, TemplateRenderer renderer,
            PluginI18n i18n, PluginRoot root) {
        this.descriptor = descriptor;
        this.modules = modules;
        this.renderer = renderer;
        this.i18n = i18n;
        this.root = root;
    }

    /** A rendered panel: {@code html} is ready to insert (the label is plain text). */
    public record Panel(String key, String label, String html, boolean failed) {
    }

    public record Item(String key, String label, String href, String linkId, String styleClass) {
    }

    public List<Panel> panels(String location, Map<String, Object> context, Locale locale) {
        List<Panel> out = new ArrayList<>();
        descriptor.webPanels().stream()
                .filter(p -> location.equals(p.location()))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebPanelModule::weight))
                .forEach(p -> {
                    if (shows("web-panel " + p.key(), p.condition(), context)) {
                        String label = i18n.label(locale, p.label(), p.key());
                        out.add(render("web-panel " + p.key(), p.key(), label, p.resources(), p.contextProvider(),
                                context));
                    }
                });
        return out;
    }

    /** A web section with the items shown in it (its label is plain text). */
    public record Section(String key, String label, List<Item> items) {
    }

    /**
     * The web sections at a location (e.g. {@code admin_plugins_menu}) whose conditions show, each with its items (those
     * whose {@code section} is {@code location/sectionKey}), by weight; a section without a shown item is left out, as
     * DAC "Administration UI locations" says: "Web section won't appear on UI until you define at least one web-item".
     */
    public List<Section> sections(String location, Map<String, Object> context, Locale locale, String contextPath) {
        List<Section> out = new ArrayList<>();
        descriptor.webSections().stream()
                .filter(s -> location.equals(s.location()))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebSectionModule::weight))
                .forEach(s -> {
                    if (shows("web-section " + s.key(), s.condition(), context)) {
                        List<Item> items = items(s.itemSection(), context, locale, contextPath);
                        if (!items.isEmpty()) {
                            out.add(new Section(s.key(), i18n.label(locale, s.label(), s.key()), items));
                        }
                    }
                });
        return out;
    }

    /**
     * The items of a section. Jira 11 renders nothing at the legacy {@code system.admin/*} locations (only 6.3's
     * LegacyAdminLinkFactory read them, turgaycelik/mysource jira-core {@code admin/LegacyAdminLinkFactory.java}),
     * so neither does the sandbox.
     */
    public List<Item> items(String section, Map<String, Object> context, Locale locale, String contextPath) {
        List<Item> out = new ArrayList<>();
        if (section.startsWith(LEGACY_ADMIN)) {
            LOG.warn("web items at the legacy location {} are not rendered (Jira 11: admin_plugins_menu)", section);
            return out;
        }
        descriptor.webItems().stream()
                .filter(i -> section.equals(i.section()))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebItemModule::weight))
                .forEach(i -> {
                    if (shows("web-item " + i.key(), i.condition(), context)) {
                        out.add(new Item(i.key(), i18n.label(locale, i.label(), i.key()),
                                href(i.link(), context, contextPath), i.linkId(), i.styleClass()));
                    }
                });
        return out;
    }

    /** The plugin's i18n bundles, for host parts that show plugin texts (gadget directory, JS i18n). */
    public PluginI18n i18n() {
        return i18n;
    }

    /** Whether the dashboard item's conditions let the user see (and add) it. */
    public boolean showsDashboardItem(PluginDescriptor.DashboardItemModule d, Map<String, Object> context) {
        return shows("dashboard-item " + d.key(), d.condition(), context);
    }

    /** A dashboard item's title in the locale: its definition's title, else its i18n name, else its key. */
    public String dashboardItemTitle(PluginDescriptor.DashboardItemModule d, Locale locale) {
        return i18n.label(locale, d.title(), d.name() == null || d.name().isEmpty() ? d.key() : d.name());
    }

    /**
     * A dashboard item rendered on the server from its {@code view} resource (with its context provider), as Jira
     * does for items without an {@code amd-module}; empty when its conditions hide it.
     */
    public Optional<Panel> dashboardItem(PluginDescriptor.DashboardItemModule d, Map<String, Object> context,
            Locale locale) {
        if (!showsDashboardItem(d, context)) {
            return Optional.empty();
        }
        String title = dashboardItemTitle(d, locale);
        return Optional.of(render("dashboard-item " + d.key(), d.key(), title, d.resources(), d.contextProvider(),
                context));
    }

    private boolean shows(String what, ConditionNode node, Map<String, Object> context) {
        if (node == null) {
            return true;
        }
        try {
            return evaluate(what, node, context);
        } catch (RuntimeException e) {
            LOG.error("{}: condition failed, fragment hidden: {}", what, e.toString());
            return false;
        }
    }

    private boolean evaluate(String what, ConditionNode node, Map<String, Object> context) {
        boolean result;
        if (node.isLeaf()) {
            String cacheKey = what + "/" + node.className() + node.params();
            Optional<Condition> condition = conditions.computeIfAbsent(cacheKey, k -> {
                try {
                    Condition c = modules.condition(node.className(), what);
                    c.init(new HashMap<>(node.params()));
                    return Optional.of(c);
                } catch (RuntimeException e) {
                    LOG.error("{}: condition {} cannot be created (fragment hidden): {}", what, node.className(),
                            e.getMessage());
                    return Optional.empty();
                }
            });
            result = condition.isPresent() && condition.get().shouldDisplay(new HashMap<>(context));
        } else if ("OR".equals(node.type())) {
            result = node.children().stream().anyMatch(c -> evaluate(what, c, context));
        } else {
            result = node.children().stream().allMatch(c -> evaluate(what, c, context));
        }
        return node.invert() != result;
    }

    private Panel render(String what, String key, String label, List<Resource> resources, ContextProviderSpec cp,
            Map<String, Object> context) {
        Optional<Resource> view = view(resources);
        if (view.isEmpty()) {
            return failure(what, key, label, "no <resource name=\"view\"> in the module");
        }
        Map<String, Object> renderContext = new HashMap<>(context);
        try {
            if (cp != null) {
                Optional<ContextProvider> provider = providers.computeIfAbsent(what, k -> {
                    ContextProvider p = modules.contextProvider(cp.className(), what);
                    p.init(new HashMap<>(cp.params()));
                    return Optional.of(p);
                });
                Map<String, Object> provided = provider.orElseThrow().getContextMap(new HashMap<>(context));
                if (provided == null) {
                    return failure(what, key, label, cp.className() + ".getContextMap returned null");
                }
                renderContext = provided;
            }
            if ("static".equals(view.get().type())) {
                Optional<Path> file = root.file(view.get().location());
                if (file.isEmpty()) {
                    return failure(what, key, label, "resource " + view.get().location() + " not in the plugin");
                }
                return new Panel(key, label, Files.readString(file.get(), StandardCharsets.UTF_8), false);
            }
            StringWriter out = new StringWriter();
            renderer.render(view.get().location(), renderContext, out);
            return new Panel(key, label, out.toString(), false);
        } catch (IOException | RuntimeException e) {
            providers.remove(what);
            return failure(what, key, label, rootMessage(e));
        }
    }

    private static Optional<Resource> view(List<Resource> resources) {
        return resources.stream().filter(r -> "view".equals(r.name())).findFirst();
    }

    private static Panel failure(String what, String key, String label, String message) {
        return new Panel(key, label, errorBox(what, message), true);
    }

    /** The visible error box (and log line) for a module that failed to render; browser tests look for it. */
    static String errorBox(String what, String message) {
        LOG.error("{}: rendering failed: {}", what, message);
        return "<div class=\"aui-message aui-message-error roadmap-sandbox-render-error\">"
                + "<p class=\"title\">Sandbox: " + HtmlEscaping.escape(what) + " failed to render</p><pre>"
                + HtmlEscaping.escape(message) + "</pre></div>";
    }

    private String href(String link, Map<String, Object> context, String contextPath) {
        if (link == null || link.isEmpty()) {
            return "#";
        }
        String rendered = link.contains("$") ? renderer.renderFragment(link, new HashMap<>(context)) : link;
        return rendered.startsWith("/") ? contextPath + rendered : rendered;
    }

    static String rootMessage(Throwable e) {
        StringBuilder b = new StringBuilder(String.valueOf(e));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            b.append("\ncaused by ").append(c);
        }
        return b.toString();
    }
}
