package no.veikart.roadmap.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every REST endpoint of the plugin, found by reflection: each class under {@code src/main/java} with {@code @Path}
 * and each of its public methods with an HTTP method annotation. A new endpoint shows up here without anyone
 * listing it, so the security tests that iterate over these fail until they know what to expect of it.
 */
final class Endpoints {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*(\\w+)\\s*(?::[^}]*)?}");

    private Endpoints() {
    }

    /** One resource method; {@code template} is relative to the REST base, e.g. {@code /initiatives/{key}/gains/{id}}. */
    record Endpoint(String httpMethod, String template, Class<?> resource, Method method) {
        String id() {
            return httpMethod + " " + template;
        }

        boolean stateChanging() {
            return !SAFE.contains(httpMethod);
        }

        String where() {
            return resource.getSimpleName() + "#" + method.getName();
        }

        boolean hasBody() {
            return httpMethod.equals("POST") || httpMethod.equals("PUT");
        }

        /** The path variables in order, e.g. [key, id]. */
        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher m = VARIABLE.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    static List<Endpoint> discover() {
        List<Endpoint> found = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                String http = httpMethod(m);
                Path sub = m.getAnnotation(Path.class);
                if (http == null && sub != null) {
                    throw new AssertionError(resource.getSimpleName() + "#" + m.getName()
                            + " is a sub-resource locator: the security tests cannot see its endpoints; add them directly");
                }
                if (http != null) {
                    found.add(new Endpoint(http, normalise(base + "/" + (sub == null ? "" : sub.value())), resource, m));
                }
            }
        }
        found.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::httpMethod));
        return found;
    }

    /** Top-level classes of {@code src/main/java} annotated with {@code @Path} (loaded, not initialised). */
    static List<Class<?>> resourceClasses() {
        java.nio.file.Path root = Paths.get("src", "main", "java");
        if (!Files.isDirectory(root)) {
            throw new AssertionError("Run from the project directory: " + root.toAbsolutePath() + " is missing");
        }
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = root.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".java".length()).replace(java.io.File.separatorChar, '.');
                if (name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, Endpoints.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    classes.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("Compiled class missing for a source file: " + e.getMessage(), e);
        }
        return classes;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String normalise(String path) {
        String p = VARIABLE.matcher(path).replaceAll("{$1}").replaceAll("/+", "/");
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
