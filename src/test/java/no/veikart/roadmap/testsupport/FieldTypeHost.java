package no.veikart.roadmap.testsupport;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import no.veikart.roadmap.sandbox.host.CustomFieldModules;
import no.veikart.roadmap.sandbox.host.DescriptorParser;
import no.veikart.roadmap.sandbox.host.ModuleFactory;
import no.veikart.roadmap.sandbox.velocity.SandboxTemplateRenderer;

/** The sandbox's custom field host for one {@code customfield-type key="gains"} module built from the given type. */
public final class FieldTypeHost {

    public static final String COMPLETE_KEY = "test:gains";
    private static final String CLASS = "test.GainsType";

    private FieldTypeHost() {
    }

    /** The velocity allowlist of the plugin's own descriptor, so templates call what Jira would let them call. */
    private static Set<String> pluginAllowlist() throws IOException {
        try (InputStream in = Files.newInputStream(Paths.get("atlassian-plugin.xml"))) {
            return DescriptorParser.parse(in).velocityAllowlist();
        }
    }

    /** {@code resources}: the module's {@code <resource>} elements. The type is registered under {@link #COMPLETE_KEY}. */
    public static CustomFieldModules host(String resources, CustomFieldType<?, ?> type) {
        String xml = "<atlassian-plugin key=\"test\"><customfield-type key=\"gains\" name=\"Gains\" class=\"" + CLASS
                + "\">" + resources + "</customfield-type></atlassian-plugin>";
        ModuleFactory modules = mock(ModuleFactory.class);
        when(modules.create(eq(CLASS), eq(CustomFieldType.class), anyString())).thenReturn(type);
        try {
            CustomFieldModules host = new CustomFieldModules(DescriptorParser.parse(new ByteArrayInputStream(
                    xml.getBytes(StandardCharsets.UTF_8))), modules, new SandboxTemplateRenderer(pluginAllowlist()));
            if (host.byKey(COMPLETE_KEY).isEmpty()) {
                throw new AssertionError("the type is not known under " + COMPLETE_KEY);
            }
            return host;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
