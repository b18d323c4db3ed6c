package no.veikart.roadmap.sandbox.host;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The plugin's i18n bundles ({@code <resource type="i18n" location="i18n/roadmap"/>}) for the host's own use:
 * web-panel labels, web-item labels, dashboard-item titles, the jsI18n transform. Read as Jira may read them, with
 * {@link Properties#load(InputStream)} (ISO-8859-1), and refused unless ASCII: a bundle in the JAR must carry its
 * letters as backslash-u escapes (the build writes them so from the readable UTF-8 sources), or some Jira would
 * show "Ã¸" for "ø". Falls back to the base bundle, never to the JVM's default locale; a missing key shows as the
 * key itself, as Jira does.
 */
public final class PluginI18n {

    private final List<String> bundles;
    private final ClassLoader loader;
    private final Map<String, Optional<Properties>> loaded = new ConcurrentHashMap<>();

    public PluginI18n(List<String> bundleLocations, ClassLoader loader) {
        this.bundles = bundleLocations;
        this.loader = loader;
    }

    /**
     * Refuses the start when a bundle of the plugin ({@code location} and {@code location_*} .properties) is not
     * ASCII, naming the file and the line.
     *
     * @throws IllegalStateException for the first bundle with a non-ASCII byte
     */
    public static void requireAscii(PluginRoot root, List<String> bundleLocations) {
        for (String location : bundleLocations) {
            Optional<Path> base = root.file(location + ".properties");
            if (base.isEmpty()) {
                continue;
            }
            String name = base.get().getFileName().toString().replace(".properties", "");
            try (Stream<Path> files = Files.list(base.get().getParent())) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith(name)
                        && p.getFileName().toString().endsWith(".properties")).sorted().toList()) {
                    requireAscii(location.substring(0, location.lastIndexOf('/') + 1) + f.getFileName(),
                            Files.readAllBytes(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static void requireAscii(String file, byte[] bytes) {
        int line = 1;
        for (byte b : bytes) {
            if (b < 0) {
                throw new IllegalStateException("i18n bundle " + file + " line " + line + " is not ASCII: Jira may"
                        + " read properties as ISO-8859-1 or UTF-8; write letters as \\uXXXX escapes (the build's"
                        + " native2ascii step does)");
            }
            if (b == '\n') {
                line++;
            }
        }
    }

    public String text(Locale locale, String key, Object... args) {
        if (key == null) {
            return "";
        }
        for (String location : bundles) {
            for (String candidate : candidates(location, locale)) {
                Optional<Properties> b = loaded.computeIfAbsent(candidate, this::load);
                if (b.isPresent() && b.get().containsKey(key)) {
                    String pattern = b.get().getProperty(key);
                    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
                }
            }
        }
        return key;
    }

    /** location_ll_CC, location_ll, location: ResourceBundle's order without the JVM's default locale. */
    private static List<String> candidates(String location, Locale locale) {
        List<String> names = new ArrayList<>();
        if (locale != null && !locale.getLanguage().isEmpty()) {
            if (!locale.getCountry().isEmpty()) {
                names.add(location + "_" + locale.getLanguage() + "_" + locale.getCountry());
            }
            names.add(location + "_" + locale.getLanguage());
        }
        names.add(location);
        return names;
    }

    private Optional<Properties> load(String bundle) {
        String file = bundle + ".properties";
        try (InputStream in = loader.getResourceAsStream(file)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            requireAscii(file, bytes);
            Properties p = new Properties();
            p.load(new ByteArrayInputStream(bytes));
            return Optional.of(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A module label: the i18n text when it has a key, else its literal text. */
    public String label(Locale locale, PluginDescriptor.Label label, String fallback) {
        if (label == null) {
            return fallback;
        }
        if (label.key() != null) {
            String t = text(locale, label.key());
            return t.equals(label.key()) && label.text() != null ? label.text() : t;
        }
        return label.text() != null ? label.text() : fallback;
    }
}
