package no.veikart.roadmap.sandbox.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.veikart.roadmap.sandbox.host.PluginDescriptor;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.WebResourceModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page's {@code <head>} resources, like Jira's web resource manager: AUI (which
 * {@code com.atlassian.auiplugin:ajs} stands for) first, then every plugin web resource required by the page's
 * contexts, each after its plugin-local dependencies, each once.
 */
public final class WebResources {

    static final String AUI_PREFIX = "com.atlassian.auiplugin:";
    /** Where the sandbox serves npm's almond, the AMD loader (define/require) in every Jira page. */
    static final String AMD_PREFIX = "/s/amd/";
    private static final Logger LOG = LoggerFactory.getLogger(WebResources.class);

    private final PluginDescriptor descriptor;
    private final Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public WebResources(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    /** URL prefix of a plugin download resource: append the resource name. */
    static String downloadPrefix(String contextPath, String pluginKey, String moduleKey) {
        return contextPath + "/s/roadmap/_/download/resources/" + pluginKey + ":" + moduleKey + "/";
    }

    public String headTags(String contextPath, List<String> contexts) {
        StringBuilder b = new StringBuilder();
        b.append("<link rel=\"stylesheet\" href=\"").append(contextPath).append("/s/aui/aui-prototyping.css\">\n");
        b.append("<link rel=\"stylesheet\" href=\"").append(contextPath).append("/s/sandbox/sandbox.css\">\n");
        b.append("<script src=\"").append(contextPath).append("/s/aui/jquery/jquery.min.js\"></script>\n");
        b.append("<script src=\"").append(contextPath).append("/s/aui/aui-prototyping.js\"></script>\n");
        // After jQuery and AUI, whose UMD wrappers would otherwise register as AMD modules instead of globals.
        b.append("<script src=\"").append(contextPath).append(AMD_PREFIX).append("almond.js\"></script>\n");
        // Jira defines AJS.contextPath() through its own web resources; AUI's prototyping bundle does not.
        b.append("<script>window.AJS = window.AJS || {}; AJS.contextPath = function () { return '")
                .append(contextPath).append("'; };</script>\n");
        for (WebResourceModule module : required(contexts)) {
            String prefix = downloadPrefix(contextPath, descriptor.key(), module.key());
            for (PluginDescriptor.Resource r : module.resources()) {
                if (!"download".equals(r.type())) {
                    continue;
                }
                String name = r.name().toLowerCase(Locale.ROOT);
                if (name.endsWith(".css")) {
                    b.append("<link rel=\"stylesheet\" href=\"").append(Html.esc(prefix + r.name())).append("\">\n");
                } else if (name.endsWith(".js")) {
                    b.append("<script src=\"").append(Html.esc(prefix + r.name())).append("\"></script>\n");
                }
            }
        }
        return b.toString();
    }

    /** Modules for the contexts, dependencies first. */
    List<WebResourceModule> required(List<String> contexts) {
        Set<String> done = new LinkedHashSet<>();
        List<WebResourceModule> ordered = new ArrayList<>();
        for (WebResourceModule m : descriptor.webResources()) {
            if (m.contexts().stream().anyMatch(contexts::contains)) {
                add(m, done, ordered, new LinkedHashSet<>());
            }
        }
        return ordered;
    }

    private void add(WebResourceModule m, Set<String> done, List<WebResourceModule> ordered, Set<String> path) {
        if (done.contains(m.key()) || !path.add(m.key())) {
            return;
        }
        for (String dep : m.dependencies()) {
            if (dep.startsWith(AUI_PREFIX)) {
                continue;
            }
            int colon = dep.indexOf(':');
            String plugin = colon < 0 ? descriptor.key() : dep.substring(0, colon);
            String module = dep.substring(colon + 1);
            if (!plugin.equals(descriptor.key()) || descriptor.webResource(module).isEmpty()) {
                if (warned.add(dep)) {
                    LOG.warn("web-resource {}: dependency {} is not available in the sandbox", m.key(), dep);
                }
                continue;
            }
            add(descriptor.webResource(module).get(), done, ordered, path);
        }
        done.add(m.key());
        ordered.add(m);
    }
}
