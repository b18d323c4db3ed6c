package no.veikart.roadmap.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.veikart.roadmap.sandbox.host.PluginDescriptor;
import no.veikart.roadmap.sandbox.host.PluginRoot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /s/roadmap/_/download/resources/{pluginKey}:{moduleKey}/{name}} (and Jira's unversioned
 * {@code /download/resources/…}): a {@code download} resource of a {@code <web-resource>}, read from the plugin's own
 * classpath entry (so a file missing from the JAR is missing here too). JavaScript of a module that declares the
 * {@code jsI18n} transformer is translated for the caller's language ({@link JsI18nTransformer}).
 */
final class WebResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(WebResourceServlet.class);

    private final transient PluginDescriptor descriptor;
    private final transient PluginRoot root;
    private final transient PageServices services;
    private final transient JsI18nTransformer jsI18n;

    WebResourceServlet(PageServices services, PluginRoot root) {
        this.descriptor = services.descriptor();
        this.root = root;
        this.services = services;
        this.jsI18n = new JsI18nTransformer(services.fragments().i18n());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        int colon = path.indexOf(':');
        if (slash < 0 || colon < 0 || colon > slash) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String pluginKey = path.substring(0, colon);
        String moduleKey = path.substring(colon + 1, slash);
        String name = path.substring(slash + 1);
        Optional<PluginDescriptor.WebResourceModule> module = descriptor.key().equals(pluginKey)
                ? descriptor.webResource(moduleKey) : Optional.empty();
        Optional<PluginDescriptor.Resource> resource = module.flatMap(m -> m.resources().stream()
                .filter(r -> "download".equals(r.type()) && r.name().equals(name)).findFirst());
        if (resource.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<Path> file = root.file(resource.get().location());
        if (file.isEmpty()) {
            LOG.error("web-resource {}: {} is not in the plugin ({}); is its directory copied into the JAR?",
                    moduleKey, resource.get().location(), root.describe());
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(ContentTypes.of(name));
        resp.setHeader("Cache-Control", "no-cache");
        if (name.endsWith(".js") && module.get().transforms("js", JsI18nTransformer.KEY)) {
            String script = jsI18n.transform(Files.readString(file.get(), StandardCharsets.UTF_8),
                    services.auth().getLocale());
            byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
            resp.setContentLength(bytes.length);
            resp.getOutputStream().write(bytes);
            return;
        }
        resp.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), resp.getOutputStream());
    }
}
