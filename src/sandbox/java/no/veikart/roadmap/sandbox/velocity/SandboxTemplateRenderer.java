package no.veikart.roadmap.sandbox.velocity;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's template renderer: Velocity 1.7 over the classpath (templates live under {@code velocity/} in the
 * plugin JAR), with Jira's auto-escaping ({@link HtmlEscaping}), the plugin's method allowlist
 * ({@link AllowlistUberspect}: a call that is not allowlisted renders nothing and is logged) and strict references, so a typo or a missing context key fails instead of printing
 * {@code $foo}. The context holds exactly what the caller passes: no global helpers such as {@code $i18n}.
 * Failures are logged and thrown as {@link RenderingException}.
 */
public final class SandboxTemplateRenderer implements TemplateRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxTemplateRenderer.class);

    private final VelocityEngine engine = new VelocityEngine();
    private final MethodAllowlist allowlist;

    /** @throws IllegalArgumentException for an allowlist entry Jira would not take (see {@link MethodAllowlist}) */
    public SandboxTemplateRenderer(Set<String> allowlistedMethods) {
        allowlist = new MethodAllowlist(allowlistedMethods);
        engine.setApplicationAttribute(AllowlistUberspect.ALLOWLIST_ATTRIBUTE, allowlist);
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        engine.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("class.resource.loader.cache", "true");
        engine.setProperty("class.resource.loader.modificationCheckInterval", "2");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, Slf4jLogChute.class.getName());
        engine.setProperty(RuntimeConstants.VM_LIBRARY, "");
        engine.init();
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        Template template;
        try {
            template = engine.getTemplate(templateName, "UTF-8");
        } catch (RuntimeException e) {
            LOG.error("Template {} cannot be loaded: {}", templateName, e.getMessage());
            throw new RenderingException(e);
        }
        try {
            template.merge(context(context), writer);
        } catch (RuntimeException e) {
            LOG.error("Rendering {} failed: {}", templateName, e.toString(), e);
            throw new RenderingException(e);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(context(context), out, "fragment", fragment);
        } catch (RuntimeException e) {
            LOG.error("Rendering fragment '{}' failed: {}", fragment, e.toString(), e);
            throw new RenderingException(e);
        }
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    /** Every "Method needs allowlisting" line this renderer logged, oldest first: tests assert there are none. */
    public List<String> allowlistRefusals() {
        return allowlist.refusals();
    }

    private static VelocityContext context(Map<String, Object> values) {
        VelocityContext ctx = new VelocityContext(new HashMap<>(values == null ? Map.of() : values));
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new HtmlEscaping());
        events.attachToContext(ctx);
        return ctx;
    }
}
