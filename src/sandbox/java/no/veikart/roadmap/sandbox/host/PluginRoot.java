package no.veikart.roadmap.sandbox.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The plugin's own classpath entry: the directory (target/classes) or JAR that holds {@code atlassian-plugin.xml}.
 * Scans and resource look-ups stay inside it, so test classes and sandbox resources never pass for plugin content.
 */
public final class PluginRoot implements AutoCloseable {

    static final String DESCRIPTOR = "atlassian-plugin.xml";

    private final Path root;
    private final FileSystem jarFileSystem;
    private final ClassLoader loader;

    private PluginRoot(Path root, FileSystem jarFileSystem, ClassLoader loader) {
        this.root = root;
        this.jarFileSystem = jarFileSystem;
        this.loader = loader;
    }

    /**
     * Finds the entry holding atlassian-plugin.xml; when there is none yet, falls back to {@code fallbackDir}
     * (target/classes) so beans and REST resources can still be served.
     */
    public static PluginRoot locate(ClassLoader loader, Path fallbackDir) {
        URL url = loader.getResource(DESCRIPTOR);
        try {
            if (url == null) {
                return new PluginRoot(fallbackDir.toAbsolutePath().normalize(), null, loader);
            }
            if ("file".equals(url.getProtocol())) {
                return new PluginRoot(Paths.get(url.toURI()).getParent(), null, loader);
            }
            if ("jar".equals(url.getProtocol())) {
                String spec = url.toString();
                // A private file system per sandbox (several may run in one JVM, e.g. a restart test).
                Path jar = Paths.get(URI.create(spec.substring("jar:".length(), spec.indexOf("!/"))));
                FileSystem fs = FileSystems.newFileSystem(jar, (ClassLoader) null);
                return new PluginRoot(fs.getPath("/"), fs, loader);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot open the plugin root at " + url, e);
        }
        throw new IllegalStateException("Unsupported plugin location " + url);
    }

    public ClassLoader loader() {
        return loader;
    }

    public String describe() {
        return jarFileSystem == null ? root.toString() : jarFileSystem.toString();
    }

    /** A file of the plugin (e.g. {@code webresources/roadmap.css}), when present and inside the root. */
    public Optional<Path> file(String location) {
        if (location == null) {
            return Optional.empty();
        }
        String relative = location.startsWith("/") ? location.substring(1) : location;
        Path p = root.resolve(relative).normalize();
        return p.startsWith(root) && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** Class names in the package and its sub-packages ({@code ""} = everything), nested classes included. */
    public List<String> classNamesUnder(String packageName) {
        Path dir = packageName.isEmpty() ? root : root.resolve(packageName.replace('.', '/'));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.endsWith("module-info.class") && !p.endsWith("package-info.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Spring XML files the plugin ships, in name order, as {@code Spring-Context: *} loads them. */
    public List<Path> springXmlFiles() {
        Path dir = root.resolve("META-INF/spring");
        if (!Files.isDirectory(dir)) {
            return Collections.emptyList();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (jarFileSystem != null) {
            try {
                jarFileSystem.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
