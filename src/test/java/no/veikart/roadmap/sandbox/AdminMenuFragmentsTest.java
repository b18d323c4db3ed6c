package no.veikart.roadmap.sandbox;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.sandbox.host.DescriptorParser;
import no.veikart.roadmap.sandbox.host.ModuleFactory;
import no.veikart.roadmap.sandbox.host.PluginDescriptor;
import no.veikart.roadmap.sandbox.host.PluginI18n;
import no.veikart.roadmap.sandbox.host.WebFragments;
import org.junit.Test;

/**
 * The sandbox's Administration menu reads web fragments as Jira 11 does: sections at {@code admin_plugins_menu} with the
 * items that name {@code admin_plugins_menu/<section>}, nothing from the legacy {@code system.admin/*} locations.
 */
public class AdminMenuFragmentsTest {

    private static final String XML = """
            <atlassian-plugin key="test">
              <web-section key="later" location="admin_plugins_menu" weight="300"><label>Later</label></web-section>
              <web-section key="ours" location="admin_plugins_menu" weight="100"><label>Ours</label></web-section>
              <web-section key="empty" location="admin_plugins_menu" weight="50"><label>Empty</label></web-section>
              <web-section key="elsewhere" location="system.top.navigation.bar" weight="1"><label>Elsewhere</label></web-section>
              <web-item key="second" section="admin_plugins_menu/ours" weight="20"><label>Second</label><link>/b</link></web-item>
              <web-item key="first" section="admin_plugins_menu/ours" weight="10"><label>First</label><link>/a</link></web-item>
              <web-item key="late" section="admin_plugins_menu/later" weight="10"><label>Late</label><link>/c</link></web-item>
              <web-item key="legacy" section="system.admin/globalsettings" weight="1"><label>Legacy</label><link>/d</link></web-item>
              <web-item key="stray" section="admin_plugins_menu" weight="1"><label>Stray</label><link>/e</link></web-item>
            </atlassian-plugin>
            """;

    private final WebFragments fragments = fragments();

    @Test
    public void sectionsByWeightEachWithItsItemsByWeightAndNoEmptySection() {
        List<WebFragments.Section> sections = fragments.sections("admin_plugins_menu", Map.of(), Locale.ENGLISH, "/jira");

        assertEquals(List.of("ours", "later"), sections.stream().map(WebFragments.Section::key).toList());
        assertEquals("Ours", sections.get(0).label());
        assertEquals(List.of("/jira/a", "/jira/b"), sections.get(0).items().stream().map(WebFragments.Item::href).toList());
        assertEquals(List.of("late"), sections.get(1).items().stream().map(WebFragments.Item::key).toList());
    }

    @Test
    public void itemsAtTheLegacySystemAdminLocationAreNeverRendered() {
        assertEquals(List.of(), fragments.items("system.admin/globalsettings", Map.of(), Locale.ENGLISH, "/jira"));
        boolean legacyShown = fragments.sections("admin_plugins_menu", Map.of(), Locale.ENGLISH, "/jira").stream()
                .flatMap(s -> s.items().stream()).anyMatch(i -> i.key().equals("legacy") || i.key().equals("stray"));
        assertEquals("only items of a section show in the menu", false, legacyShown);
    }

    private static WebFragments fragments() {
        try {
            PluginDescriptor d = DescriptorParser.parse(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
            return new WebFragments(d, mock(ModuleFactory.class), mock(TemplateRenderer.class),
                    new PluginI18n(List.of(), AdminMenuFragmentsTest.class.getClassLoader()), null);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
