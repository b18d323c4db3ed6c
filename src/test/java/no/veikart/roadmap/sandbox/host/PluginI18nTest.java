package no.veikart.roadmap.sandbox.host;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The sandbox reads the plugin's i18n bundles as Jira may (ISO-8859-1) and refuses bundles that are not ASCII. */
public class PluginI18nTest {

    private Path dir;

    @Before
    public void createPlugin() throws Exception {
        dir = Files.createTempDirectory("roadmap-i18n");
        Files.createDirectories(dir.resolve("i18n"));
        Files.writeString(dir.resolve("i18n/roadmap.properties"), "a=Norwegian\n", StandardCharsets.US_ASCII);
    }

    @After
    public void delete() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @Test
    public void escapedLettersReadAsTheLetters() throws Exception {
        Files.writeString(dir.resolve("i18n/roadmap_nb.properties"), "# ok\na=Bokm\\u00e5l {0}\n",
                StandardCharsets.US_ASCII);
        PluginI18n.requireAscii(root(), List.of("i18n/roadmap"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            PluginI18n i18n = new PluginI18n(List.of("i18n/roadmap"), loader);
            assertEquals("Bokmål 2", i18n.text(Locale.forLanguageTag("nb-NO"), "a", 2));
            assertEquals("Norwegian", i18n.text(Locale.ENGLISH, "a"));
            assertEquals("missing", i18n.text(Locale.ENGLISH, "missing"));
        }
    }

    @Test
    public void aBundleWithRawUtf8LettersStopsTheStartNamingFileAndLine() throws Exception {
        Files.writeString(dir.resolve("i18n/roadmap_da.properties"), "# Danish\n\nb=Portefølje\n",
                StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PluginI18n.requireAscii(root(), List.of("i18n/roadmap")));
        assertThat(e.getMessage(), containsString("i18n/roadmap_da.properties line 3 is not ASCII"));
    }

    @Test
    public void aBundleWithRawLettersIsNotReadEither() throws Exception {
        Files.writeString(dir.resolve("i18n/roadmap_sv.properties"), "a=Portfölj\n", StandardCharsets.ISO_8859_1);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            PluginI18n i18n = new PluginI18n(List.of("i18n/roadmap"), loader);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> i18n.text(Locale.forLanguageTag("sv"), "a"));
            assertThat(e.getMessage(), containsString("i18n/roadmap_sv.properties line 1"));
        }
    }

    private PluginRoot root() {
        return PluginRoot.locate(new URLClassLoader(new URL[0], null), dir);
    }
}
