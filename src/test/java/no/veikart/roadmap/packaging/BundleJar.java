package no.veikart.roadmap.packaging;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

/** The built plugin JAR, read once into memory: entries, manifest and OSGi header parsing. */
final class BundleJar {

  /** System property with the JAR's path, set by the failsafe configuration in the pom. */
  static final String JAR_PROPERTY = "roadmap.jar";

  private final Path path;
  private final Map<String, byte[]> entries;
  private final Manifest manifest;

  private BundleJar(Path path, Map<String, byte[]> entries, Manifest manifest) {
    this.path = path;
    this.entries = Collections.unmodifiableMap(entries);
    this.manifest = manifest;
  }

  /** Opens the JAR named by {@value #JAR_PROPERTY}; fails (not skips) when it is missing: these tests run after package. */
  static BundleJar fromSystemProperty() throws IOException {
    String property = System.getProperty(JAR_PROPERTY);
    assertNotNull("System property " + JAR_PROPERTY + " is not set (run through maven-failsafe-plugin)", property);
    Path jar = Paths.get(property);
    assertTrue("Plugin JAR not found: " + jar.toAbsolutePath() + " (run `mvn package` first)", Files.isRegularFile(jar));
    return open(jar);
  }

  static BundleJar open(Path jar) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      Enumeration<JarEntry> all = file.entries();
      while (all.hasMoreElements()) {
        JarEntry entry = all.nextElement();
        if (!entry.isDirectory()) {
          try (InputStream in = file.getInputStream(entry)) {
            entries.put(entry.getName(), in.readAllBytes());
          }
        }
      }
      Manifest manifest = file.getManifest();
      assertNotNull("The JAR has no META-INF/MANIFEST.MF: " + jar, manifest);
      return new BundleJar(jar, entries, manifest);
    }
  }

  Path path() {
    return path;
  }

  /** File entries (no directories), name to content, sorted by name. */
  Map<String, byte[]> entries() {
    return entries;
  }

  boolean contains(String entryName) {
    return entries.containsKey(entryName);
  }

  /** Main attribute of the manifest, or null. */
  String header(String name) {
    return manifest.getMainAttributes().getValue(name);
  }

  /** The header's clauses, e.g. Import-Package; empty when the header is absent. */
  List<Clause> clauses(String headerName) {
    String value = header(headerName);
    return value == null ? List.of() : Clause.parseHeader(value);
  }

  /** The bundle's class path entries other than "." (embedded JARs), as written in Bundle-ClassPath. */
  List<String> embeddedClassPath() {
    List<String> result = new ArrayList<>();
    for (Clause clause : clauses("Bundle-ClassPath")) {
      for (String p : clause.paths()) {
        if (!p.equals(".") && !p.equals("/")) {
          result.add(p.startsWith("/") ? p.substring(1) : p);
        }
      }
    }
    return result;
  }

  /**
   * Class files visible to the bundle class loader: the JAR's own plus those of embedded JARs on Bundle-ClassPath.
   * Key: a readable location ("no/veikart/X.class" or "lib/x.jar!org/x/Y.class").
   */
  Map<String, byte[]> bundleClassPathClasses() throws IOException {
    Map<String, byte[]> classes = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      if (isClassFile(e.getKey())) {
        classes.put(e.getKey(), e.getValue());
      }
    }
    for (String embedded : embeddedClassPath()) {
      byte[] jarBytes = entries.get(embedded);
      if (jarBytes == null) {
        continue; // reported by the Bundle-ClassPath check
      }
      for (Map.Entry<String, byte[]> e : readNestedJar(jarBytes).entrySet()) {
        if (isClassFile(e.getKey())) {
          classes.put(embedded + "!" + e.getKey(), e.getValue());
        }
      }
    }
    return classes;
  }

  /** Entries of a JAR stored inside this one. */
  static Map<String, byte[]> readNestedJar(byte[] jarBytes) throws IOException {
    Map<String, byte[]> nested = new TreeMap<>();
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jarBytes), false)) {
      for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
        if (!e.isDirectory()) {
          nested.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return nested;
  }

  static boolean isClassFile(String entryName) {
    return entryName.endsWith(".class")
        && !entryName.endsWith("module-info.class")
        && !entryName.startsWith("META-INF/"); // multi-release variants and the like are not on the bundle class path
  }

  /** One clause of an OSGi manifest header: {@code path;path2;attr=value;directive:=value}. */
  record Clause(List<String> paths, Map<String, String> attributes, Map<String, String> directives) {

    /** The first (usually only) path: the package name of an Import-Package clause. */
    String name() {
      return paths.get(0);
    }

    boolean isOptional() {
      return "optional".equals(directives.get("resolution"));
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(String.join(";", paths));
      attributes.forEach((k, v) -> sb.append(';').append(k).append("=\"").append(v).append('"'));
      directives.forEach((k, v) -> sb.append(';').append(k).append(":=\"").append(v).append('"'));
      return sb.toString();
    }

    /** Splits a header at top-level commas (quotes protect version ranges such as "[6.0.0,7.0.0)"). */
    static List<Clause> parseHeader(String header) {
      List<Clause> clauses = new ArrayList<>();
      for (String clause : split(header, ',')) {
        if (clause.isBlank()) {
          continue;
        }
        List<String> paths = new ArrayList<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<String, String> directives = new LinkedHashMap<>();
        for (String part : split(clause, ';')) {
          String p = part.trim();
          int directive = p.indexOf(":=");
          int equals = p.indexOf('=');
          if (directive > 0 && directive < equals) {
            directives.put(p.substring(0, directive).trim(), unquote(p.substring(directive + 2)));
          } else if (equals > 0) {
            attributes.put(p.substring(0, equals).trim(), unquote(p.substring(equals + 1)));
          } else if (!p.isEmpty()) {
            paths.add(p);
          }
        }
        if (!paths.isEmpty()) {
          clauses.add(new Clause(List.copyOf(paths), attributes, directives));
        }
      }
      return clauses;
    }

    private static List<String> split(String value, char separator) {
      List<String> parts = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        }
        if (c == separator && !quoted) {
          parts.add(current.toString());
          current.setLength(0);
        } else {
          current.append(c);
        }
      }
      parts.add(current.toString());
      return parts;
    }

    private static String unquote(String value) {
      String v = value.trim();
      return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
  }
}
