package no.veikart.roadmap.packaging;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import no.veikart.roadmap.packaging.BundleJar.Clause;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Looks inside the built plugin JAR (system property {@code roadmap.jar}) the way Jira's plugin system will: what is
 * bundled, the OSGi manifest, the plugin descriptor, the Spring contexts, the i18n bundles and the templates. Runs in
 * failsafe after {@code package}. Every failure lists all offending items, not just the first.
 *
 * <ul>
 *   <li>(a) nothing under com/atlassian, net/java/ao or the sandbox, no test classes or test-only resources, classes
 *       only in the plugin's own packages (plus embedded JARs on Bundle-ClassPath, which are scanned too);
 *   <li>(b) plugin key = Bundle-SymbolicName = Atlassian-Plugin-Key, Spring-Context, explicit Import-Package (no
 *       wildcard, no DynamicImport-Package, no non-JDK javax.*), no exported host package;
 *   <li>(c) every package the classes (constant pools, descriptors, signatures, run-time annotations; see
 *       {@link ClassFileInfo}) or the XML use is imported, bundled or java.*;
 *   <li>(d) descriptor and Spring XML parse; every class they name exists or is in an imported package; velocity
 *       allowlist entries name existing methods; no unfiltered ${...}; no transformer-only modules; and every method a
 *       template calls is allowlisted;
 *   <li>(e) every i18n key used by the descriptor, templates/scripts and code exists in every bundle; bundles are
 *       ASCII in the JAR (escapes of the readable UTF-8 sources, same texts) without duplicates and have the English key
 *       set and MessageFormat arguments;
 *   <li>(f) every resource location and template path (descriptor, code, #parse) exists in the JAR.
 * </ul>
 *
 * <p>Background: {@code shared/design/platform.md} ("How the pieces fit" 1-2) and {@code atlassian-reference.md} §1, §8,
 * §10.
 */
public class PluginJarIT {

  /** Bundle-SymbolicName and plugin key. Never changes: Active Objects table names and UPM identity hang on it. */
  static final String PLUGIN_KEY = "no.veikart.service-innovation-roadmap";

  static final String DESCRIPTOR = "atlassian-plugin.xml";
  static final String SPRING_DIR = "META-INF/spring/";
  static final String OWN_CLASSES = "no/veikart/roadmap/";

  /** i18n: English base bundle plus these locales, all with the same keys (ASCII in the JAR, UTF-8 in i18n/). */
  static final String I18N_BASE = "i18n/roadmap";
  static final List<String> LOCALES = List.of("nb", "da", "sv", "fi");

  /** Entry prefixes that must never be in the JAR: host API stand-ins, the AO library, the development sandbox. */
  static final List<String> FORBIDDEN_PREFIXES =
      List.of("com/atlassian/", "net/java/ao/", "com/opensymphony/", "no/veikart/roadmap/sandbox/");

  /** Packages of test-only and sandbox-only dependencies: production classes referencing them are test code. */
  static final List<String> TEST_ONLY_PACKAGE_PREFIXES = List.of(
      "org.junit", "junit.", "org.hamcrest", "org.mockito", "net.jqwik", "com.tngtech.archunit", "net.java.ao.test",
      "org.h2", "org.hsqldb", "org.postgresql", "org.eclipse.jetty", "org.glassfish.jersey", "org.glassfish.hk2",
      "org.openqa.selenium", "org.apache.felix", "org.osgi.framework.launch", "no.veikart.roadmap.sandbox");

  /** Resources that only tests and the sandbox use. */
  static final List<String> TEST_ONLY_RESOURCES = List.of(
      "simplelogger.properties", "logback-test.xml", "log4j2-test.xml", "junit-platform.properties",
      "mockito-extensions/");

  /** Test class naming conventions (outer class simple name). */
  static final Pattern TEST_CLASS_NAME = Pattern.compile(".*(Test|Tests|TestCase|IT)$");

  /**
   * Host packages: bundled never, imported always. Besides these prefixes, every package of the compile-only stand-ins
   * (src/standin/java, read at test time) counts as a host package.
   */
  static final List<String> HOST_PACKAGE_PREFIXES = List.of("com.atlassian.", "net.java.ao.", "com.opensymphony.");

  static final String STAND_IN_SOURCES = "src/standin/java";

  /** Descriptor elements whose {@code key} attribute is an i18n key (not a module key). */
  static final Set<String> I18N_KEY_ELEMENTS = Set.of("label", "description", "tooltip", "title", "heading");

  /** Descriptor elements whose text is a class name (AO module, workflow modules). */
  static final Set<String> CLASS_TEXT_ELEMENTS =
      Set.of("entity", "upgradeTask", "validator-class", "condition-class", "function-class");

  /** Descriptor modules a transformerless plugin must not use (their Spring XML equivalents apply), reference §10. */
  static final Set<String> TRANSFORMER_ONLY_MODULES = Set.of("component", "component-import", "module-type");

  /** i18n key uses in templates and scripts: getText("key" / getText('key' and variants, data-i18n="key". */
  static final List<Pattern> TEMPLATE_KEY_PATTERNS = List.of(
      Pattern.compile("\\b(?:getText|getUnescapedText|getI18nText|getTextAsHtml)\\s*\\(\\s*([\"'])([^\"'$\\s]+)\\1"),
      Pattern.compile("\\bdata-i18n(?:-key)?\\s*=\\s*([\"'])([^\"'$\\s]+)\\1"));

  /**
   * String literals in the plugin's classes that are i18n keys: the project's one namespace, roadmap.feature.element
   * (craft rule 8). Keep non-i18n strings (cache, lock, job names) out of this namespace.
   */
  static final Pattern CODE_I18N_KEY = Pattern.compile("roadmap\\.[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+");

  /** Template files (in the JAR) scanned for i18n keys. */
  static final List<String> TEMPLATE_SUFFIXES = List.of(".vm", ".js", ".soy", ".html");


  static final Pattern VELOCITY_COMMENT = Pattern.compile("#\\*.*?\\*#|##[^\\n]*", Pattern.DOTALL);
  static final Pattern VELOCITY_REFERENCE = Pattern.compile("\\$!?\\{?([A-Za-z][\\w-]*)");
  static final Pattern ALLOWLIST_ENTRY = Pattern.compile("([\\w.$]+)#([\\w$]+)\\(([^)]*)\\)");

  static final Pattern VELOCITY_INCLUDE = Pattern.compile("#(?:parse|include)\\s*\\(\\s*([\"'])([^\"'$]+)\\1");
  static final Pattern MESSAGE_ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
  static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\s]+");
  static final Pattern COMMA = Pattern.compile(",");
  static final Pattern DOT = Pattern.compile("\\.");
  static final Pattern FQCN = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+");

  private static BundleJar jar;
  private static Map<String, ClassFileInfo> classes; // location -> parsed class, bundle class path only
  private static Set<String> bundledClassNames; // internal names on the bundle class path
  private static Set<String> bundledPackages; // dotted packages that have classes on the bundle class path
  private static List<Clause> imports;
  private static Set<String> importedPackages;
  private static Set<String> standInPackages;

  @BeforeClass
  public static void openJar() throws IOException {
    jar = BundleJar.fromSystemProperty();
    standInPackages = readStandInPackages();
    classes = new TreeMap<>();
    bundledClassNames = new TreeSet<>();
    bundledPackages = new TreeSet<>();
    for (Map.Entry<String, byte[]> e : jar.bundleClassPathClasses().entrySet()) {
      ClassFileInfo info;
      try {
        info = ClassFileInfo.parse(e.getValue());
      } catch (IOException ex) {
        throw new IOException("Cannot read class file " + e.getKey() + ": " + ex.getMessage(), ex);
      }
      classes.put(e.getKey(), info);
      bundledClassNames.add(info.name());
      bundledPackages.add(packageOfInternal(info.name()));
    }
    imports = jar.clauses("Import-Package");
    importedPackages = new TreeSet<>();
    for (Clause c : imports) {
      importedPackages.addAll(c.paths());
    }
  }

  // ------------------------------------------------------------------------------------------------------------------
  // (a) what is bundled
  // ------------------------------------------------------------------------------------------------------------------

  @Test
  public void jarHoldsNoHostStandInsNoSandboxAndNoTestCode() throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, byte[]> everything = new TreeMap<>(jar.entries());
    for (Map.Entry<String, byte[]> e : jar.entries().entrySet()) {
      if (e.getKey().endsWith(".jar")) {
        BundleJar.readNestedJar(e.getValue()).forEach((name, bytes) -> everything.put(e.getKey() + "!" + name, bytes));
      }
    }
    for (String entry : everything.keySet()) {
      String inner = entry.contains("!") ? entry.substring(entry.indexOf('!') + 1) : entry;
      for (String prefix : FORBIDDEN_PREFIXES) {
        if (inner.startsWith(prefix)) {
          problems.add("forbidden entry " + entry + " (under " + prefix + ")");
        }
      }
      String dir = inner.contains("/") ? inner.substring(0, inner.lastIndexOf('/')) : "";
      if (inner.endsWith(".class") && standInPackages.contains(dir.replace('/', '.'))) {
        problems.add("stand-in class " + entry + " (its package is in " + STAND_IN_SOURCES + ")");
      }
      for (String resource : TEST_ONLY_RESOURCES) {
        if (inner.equals(resource) || (resource.endsWith("/") && inner.startsWith(resource))) {
          problems.add("test-only resource " + entry);
        }
      }
    }
    for (String entry : jar.entries().keySet()) {
      if (BundleJar.isClassFile(entry) && !entry.startsWith(OWN_CLASSES)) {
        problems.add("class outside the plugin's own packages (" + OWN_CLASSES + "), not in an embedded JAR: " + entry);
      }
    }
    for (Map.Entry<String, ClassFileInfo> e : classes.entrySet()) {
      for (String className : List.of(e.getValue().name(), e.getKey().replaceFirst("\\.class$", ""))) {
        String simple = className.substring(className.lastIndexOf('/') + 1);
        String outer = simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple;
        if (e.getKey().startsWith(OWN_CLASSES) && TEST_CLASS_NAME.matcher(outer).matches()) {
          problems.add("test class (by name) " + e.getKey());
        }
      }
      for (String pkg : e.getValue().referencedPackages()) {
        for (String testOnly : TEST_ONLY_PACKAGE_PREFIXES) {
          if (pkg.equals(testOnly) || pkg.startsWith(testOnly.endsWith(".") ? testOnly : testOnly + ".")) {
            problems.add(e.getKey() + " references test/sandbox-only package " + pkg);
          }
        }
      }
    }
    assertNone("The plugin JAR bundles what it must not (stand-ins, AO, sandbox or test code)", problems);
  }

  // ------------------------------------------------------------------------------------------------------------------
  // (b) manifest
  // ------------------------------------------------------------------------------------------------------------------

  @Test
  public void manifestDeclaresThePluginKeySpringContextAndExplicitImports() {
    List<String> problems = new ArrayList<>();
    List<Clause> bsn = jar.clauses("Bundle-SymbolicName");
    String symbolicName = bsn.isEmpty() ? null : bsn.get(0).name();
    String pluginKey = jar.header("Atlassian-Plugin-Key");
    if (symbolicName == null) {
      problems.add("Bundle-SymbolicName is missing");
    } else if (!PLUGIN_KEY.equals(symbolicName)) {
      problems.add("Bundle-SymbolicName is '" + symbolicName + "', expected '" + PLUGIN_KEY
          + "' (it must never change: AO table names and UPM identity depend on it)");
    }
    if (pluginKey == null) {
      problems.add("Atlassian-Plugin-Key is missing (without it Jira treats the JAR as a plugin to transform)");
    } else if (!pluginKey.trim().equals(symbolicName)) {
      problems.add("Atlassian-Plugin-Key '" + pluginKey + "' differs from Bundle-SymbolicName '" + symbolicName + "'");
    }
    if (jar.header("Spring-Context") == null) {
      problems.add("Spring-Context header is missing (META-INF/spring/*.xml would not be loaded)");
    }
    if (!"2".equals(trim(jar.header("Bundle-ManifestVersion")))) {
      problems.add("Bundle-ManifestVersion is '" + jar.header("Bundle-ManifestVersion") + "', expected 2");
    }
    if (imports.isEmpty()) {
      problems.add("Import-Package is missing or empty");
    }
    Set<String> jdkPackages = jdkExportedPackages();
    for (Clause c : imports) {
      for (String pkg : c.paths()) {
        if (pkg.contains("*")) {
          problems.add("Import-Package has a wildcard clause '" + c + "'"
              + (c.isOptional() ? " (blanket resolution:=optional import)" : ""));
        }
        if (pkg.startsWith("javax.") && !jdkPackages.contains(pkg)) {
          problems.add("Import-Package imports " + pkg + ": javax.* EE packages do not resolve on Platform 8 (use jakarta.*)");
        }
        if (bundledPackages.contains(pkg) && !pkg.startsWith("no.veikart.roadmap")) {
          problems.add("Import-Package imports " + pkg + ", which the JAR also contains");
        }
      }
    }
    for (Clause c : jar.clauses("DynamicImport-Package")) {
      problems.add("DynamicImport-Package '" + c + "': imports must be explicit");
    }
    for (Clause c : jar.clauses("Export-Package")) {
      for (String pkg : c.paths()) {
        if (isHostPackage(pkg) || pkg.startsWith("no.veikart.roadmap.sandbox")) {
          problems.add("Export-Package exports " + pkg + " (a host or sandbox package: a stand-in is bundled)");
        }
      }
    }
    for (String embedded : jar.embeddedClassPath()) {
      if (!jar.contains(embedded)) {
        problems.add("Bundle-ClassPath names " + embedded + ", which is not in the JAR");
      }
    }
    assertNone("Manifest problems (Import-Package: " + jar.header("Import-Package") + ")", problems);
  }

  /**
   * The embedded libraries (README "Installing in Jira", docs/workbook.md): Jira exports none of them, so each is a JAR
   * on Bundle-ClassPath and none of their packages is imported from the host.
   */
  @Test
  public void embeddedLibrariesAreBundledNotImported() {
    List<String> problems = new ArrayList<>();
    Map<String, String> libraries = Map.of("commons-csv-", "org.apache.commons.csv", "fastexcel-", "org.dhatim.fastexcel",
        "opczip-", "com.github.rzymek.opczip");
    libraries.forEach((jarName, pkg) -> {
      if (jar.embeddedClassPath().stream().noneMatch(e -> e.substring(e.lastIndexOf('/') + 1).startsWith(jarName))) {
        problems.add(jarName + "*.jar is not on Bundle-ClassPath " + jar.embeddedClassPath());
      }
      if (importedPackages.stream().anyMatch(i -> i.startsWith(pkg))) {
        problems.add(pkg + " is imported from the host; it must come from the embedded JAR");
      }
    });
    assertNone("Embedded libraries", problems);
  }

  // ------------------------------------------------------------------------------------------------------------------
  // (c) every package the code and the XML use is imported
  // ------------------------------------------------------------------------------------------------------------------

  @Test
  public void everyHostPackageInUseIsImported() throws Exception {
    Map<String, Set<String>> missing = new TreeMap<>();
    packageUses().forEach((pkg, users) -> {
      if (isHostPackage(pkg) && !importedPackages.contains(pkg)) {
        missing.put(pkg, users);
      }
    });
    assertNone("Host packages (com.atlassian.*, net.java.ao*, com.opensymphony.*, stand-ins) used by the plugin's"
        + " classes or XML but not in Import-Package"
        + " (add them to the pom's <Import-Package>; bnd cannot see XML)", describe(missing));
  }

  @Test
  public void everyOtherPackageTheClassesUseIsImportedOrBundled() throws Exception {
    Map<String, Set<String>> missing = new TreeMap<>();
    packageUses().forEach((pkg, users) -> {
      // Own classes named in XML but absent are reported by the descriptor/Spring tests.
      if (!isHostPackage(pkg) && !pkg.startsWith("java.") && !pkg.startsWith("no.veikart.roadmap")
          && !bundledPackages.contains(pkg) && !importedPackages.contains(pkg)) {
        missing.put(pkg, users);
      }
    });
    assertNone("Packages used by the plugin's classes or XML that are neither bundled nor imported"
        + " (NoClassDefFoundError in Jira)", describe(missing));
  }

  // ------------------------------------------------------------------------------------------------------------------
  // (d) plugin descriptor and Spring contexts
  // ------------------------------------------------------------------------------------------------------------------

  @Test
  public void descriptorParsesAndEveryClassItNamesExists() throws Exception {
    Document descriptor = descriptor();
    Element root = descriptor.getDocumentElement();
    List<String> problems = new ArrayList<>();
    if (!"atlassian-plugin".equals(root.getTagName())) {
      problems.add("root element is <" + root.getTagName() + ">, expected <atlassian-plugin>");
    }
    if (!PLUGIN_KEY.equals(root.getAttribute("key"))) {
      problems.add("plugin key is '" + root.getAttribute("key") + "', expected '" + PLUGIN_KEY
          + "' (must equal Atlassian-Plugin-Key / Bundle-SymbolicName)");
    }
    String text = new String(jar.entries().get(DESCRIPTOR), StandardCharsets.UTF_8);
    Matcher placeholder = Pattern.compile("\\$\\{[^}]*}").matcher(text);
    while (placeholder.find()) {
      problems.add("unresolved Maven placeholder " + placeholder.group()
          + " (the descriptor is copied unfiltered: write the value or enable resource filtering)");
    }
    Set<String> moduleKeys = new TreeSet<>();
    for (Element module : children(root)) {
      if (TRANSFORMER_ONLY_MODULES.contains(module.getTagName())) {
        problems.add("<" + module.getTagName() + " key=\"" + module.getAttribute("key")
            + "\"> is ignored by a transformerless plugin: declare it in META-INF/spring/*.xml");
      }
      String key = module.getAttribute("key");
      if (!key.isEmpty() && !moduleKeys.add(key)) {
        problems.add("duplicate module key '" + key + "'");
      }
    }
    for (Element e : allElements(root)) {
      String where = where(e);
      if (e.hasAttribute("class")) {
        checkClass(e.getAttribute("class").trim(), where + " class=", problems);
      }
      if (CLASS_TEXT_ELEMENTS.contains(e.getTagName())) {
        checkClass(e.getTextContent().trim(), where, problems);
      }
      if ("package".equals(e.getTagName()) && "rest".equals(parentTag(e))) {
        String pkg = e.getTextContent().trim();
        String prefix = pkg.replace('.', '/') + "/";
        if (bundledClassNames.stream().noneMatch(n -> n.startsWith(prefix))) {
          problems.add(where + " " + pkg + ": no class of that package (or below) in the JAR");
        }
      }
      if ("method".equals(e.getTagName()) && "velocity-allowlist".equals(parentTag(e))) {
        checkAllowlistedMethod(e.getTextContent().trim(), where, problems);
      }
    }
    assertNone(DESCRIPTOR + " problems", problems);
  }

  @Test
  public void springContextsParseAndEveryClassTheyNameExists() throws Exception {
    List<String> problems = new ArrayList<>();
    Map<String, Document> contexts = springContexts();
    if (contexts.isEmpty()) {
      problems.add("no " + SPRING_DIR + "*.xml in the JAR: without Spring Scanner nothing wires the plugin's"
          + " components or imports Jira services (reference §10)");
    }
    for (Map.Entry<String, Document> ctx : contexts.entrySet()) {
      for (Element e : allElements(ctx.getValue().getDocumentElement())) {
        String where = ctx.getKey() + " " + where(e);
        for (String className : springClassNames(e)) {
          checkClass(className, where, problems);
        }
        if (e.hasAttribute("base-package")) {
          for (String pkg : LIST_SEPARATOR.split(e.getAttribute("base-package"), -1)) {
            String prefix = pkg.trim().replace('.', '/') + "/";
            if (!pkg.isBlank() && bundledClassNames.stream().noneMatch(n -> n.startsWith(prefix))) {
              problems.add(where + " base-package " + pkg + ": no class of that package in the JAR");
            }
          }
        }
      }
    }
    assertNone("Spring context problems", problems);
  }

  // ------------------------------------------------------------------------------------------------------------------
  // (e) i18n
  // ------------------------------------------------------------------------------------------------------------------

  @Test
  public void everyI18nKeyInUseExistsInEveryBundle() throws Exception {
    Map<String, Set<String>> used = usedI18nKeys();
    List<String> problems = new ArrayList<>();
    boolean declared = false;
    for (Element e : allElements(descriptor().getDocumentElement())) {
      if ("resource".equals(e.getTagName()) && "i18n".equals(e.getAttribute("type"))
          && I18N_BASE.equals(e.getAttribute("location"))) {
        declared = true;
      }
    }
    if (!declared) {
      problems.add(DESCRIPTOR + " declares no <resource type=\"i18n\" location=\"" + I18N_BASE + "\"/>");
    }
    for (String bundle : bundleNames()) {
      Map<String, String> keys = loadBundle(bundle, problems);
      if (keys == null) {
        continue;
      }
      for (Map.Entry<String, Set<String>> use : used.entrySet()) {
        if (!keys.containsKey(use.getKey())) {
          problems.add(bundle + " lacks '" + use.getKey() + "' (used in " + String.join(", ", use.getValue()) + ")");
        }
      }
    }
    assertNone("i18n keys in use but missing from a bundle", problems);
  }

  @Test
  public void everyBundleHasExactlyTheEnglishKeysAndArguments() throws Exception {
    List<String> problems = new ArrayList<>();
    Map<String, String> english = loadBundle(I18N_BASE + ".properties", problems);
    if (english != null) {
      for (String bundle : bundleNames()) {
        if (bundle.equals(I18N_BASE + ".properties")) {
          continue;
        }
        Map<String, String> other = loadBundle(bundle, problems);
        if (other == null) {
          continue;
        }
        for (String key : english.keySet()) {
          if (!other.containsKey(key)) {
            problems.add(bundle + " lacks '" + key + "'");
          } else if (!messageArguments(english.get(key)).equals(messageArguments(other.get(key)))) {
            problems.add(bundle + " '" + key + "' uses arguments " + messageArguments(other.get(key))
                + ", English uses " + messageArguments(english.get(key)));
          }
        }
        for (String key : other.keySet()) {
          if (!english.containsKey(key)) {
            problems.add(bundle + " has '" + key + "', which the English bundle lacks");
          }
        }
      }
    }
    assertNone("i18n bundles differ from the English one", problems);
  }

  // ------------------------------------------------------------------------------------------------------------------
  // (f) resources
  // ------------------------------------------------------------------------------------------------------------------

  @Test
  public void everyTemplateAndResourceLocationExistsInTheJar() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Element e : allElements(descriptor().getDocumentElement())) {
      String location = e.getAttribute("location").trim();
      if (location.isEmpty() || !("resource".equals(e.getTagName()) || "thumbnail".equals(e.getTagName())
          || "gadget".equals(e.getTagName()))) {
        continue;
      }
      String path = location.startsWith("/") ? location.substring(1) : location;
      if ("thumbnail".equals(e.getTagName())) {
        // A dashboard item's thumbnail is a URL (reference §5): it must be one of this plugin's download resources.
        String served = downloadResourceLocation(location);
        if (served == null) {
          problems.add(where(e) + " thumbnail \"" + location + "\" is not " + DOWNLOAD_URL_PREFIX + PLUGIN_KEY
              + ":<web-resource>/<name> of a download resource in the descriptor");
          continue;
        }
        path = served.startsWith("/") ? served.substring(1) : served;
      }
      String type = e.getAttribute("type");
      boolean found;
      if ("i18n".equals(type)) {
        found = jar.contains(path + ".properties");
      } else if ("velocity".equals(type)) {
        found = jar.contains(path);
      } else {
        String dir = path.endsWith("/") ? path : path + "/";
        found = jar.contains(path) || jar.entries().keySet().stream().anyMatch(n -> n.startsWith(dir));
      }
      if (!found) {
        problems.add(where(e) + " location=\"" + location + "\" (type " + (type.isEmpty() ? "-" : type)
            + ") is not in the JAR");
      }
    }
    // Templates named in code (TemplateRenderer.render("velocity/...vm")) and by #parse/#include.
    for (Map.Entry<String, ClassFileInfo> c : classes.entrySet()) {
      if (!c.getKey().startsWith(OWN_CLASSES)) {
        continue;
      }
      for (String s : c.getValue().stringConstants()) {
        if (s.endsWith(".vm") && !s.contains(" ") && !s.contains("$") && !jar.contains(stripSlash(s))) {
          problems.add(c.getKey() + " names template \"" + s + "\", which is not in the JAR");
        }
      }
    }
    for (Map.Entry<String, byte[]> t : jar.entries().entrySet()) {
      if (t.getKey().endsWith(".vm")) {
        Matcher m = VELOCITY_INCLUDE.matcher(new String(t.getValue(), StandardCharsets.UTF_8));
        while (m.find()) {
          if (!jar.contains(stripSlash(m.group(2)))) {
            problems.add(t.getKey() + " #parse/#include \"" + m.group(2) + "\", which is not in the JAR");
          }
        }
      }
    }
    assertNone("Resources named by the descriptor, code or templates but missing from the JAR", problems);
  }

  static final String VENDOR = "webresources/vendor/";
  /** Chart.js and Commons CSV make about 1.5 MB; this catches a source map or a second library slipping in. */
  static final long MAX_JAR_BYTES = 3L * 1024 * 1024;

  /** Third-party browser code copied in by the build (webresources/vendor/<library>/) ships with its licence. */
  @Test
  public void bundledBrowserLibrariesShipTheirLicenceAndTheJarStaysSmall() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> libraries = new TreeSet<>();
    for (String name : jar.entries().keySet()) {
      if (name.startsWith(VENDOR) && name.indexOf('/', VENDOR.length()) > 0) {
        libraries.add(name.substring(0, name.indexOf('/', VENDOR.length()) + 1));
      }
    }
    for (String library : libraries) {
      boolean licence = jar.entries().keySet().stream().anyMatch(n -> n.startsWith(library)
          && n.substring(library.length()).matches("(?i)LICEN[CS]E(\\.(md|txt))?"));
      if (!licence) {
        problems.add(library + " has no LICENSE file next to it");
      }
    }
    long size = Files.size(jar.path());
    if (size > MAX_JAR_BYTES) {
      problems.add("the JAR has " + size + " bytes, more than " + MAX_JAR_BYTES);
    }
    assertNone("Bundled browser libraries and JAR size", problems);
  }

  /**
   * Jira 10+ blocks every template method call that no allowlist covers ("Method needs allowlisting", reference §8).
   * The receiver's type is unknown here, so this checks by method name: each {@code $ref.method(...)} in a template
   * must name a method of the plugin's {@code velocity-allowlist}. JDK and Jira methods are not exempt: no public source
   * lists what Jira's global allowlist covers. Property-style references ({@code $x.name}) are not checked here; the
   * sandbox blocks and counts them at run time (EveryPageRendersIT).
   */
  @Test
  public void everyMethodTheTemplatesCallIsAllowlisted() throws Exception {
    Set<String> allowlisted = new TreeSet<>();
    for (Element e : allElements(descriptor().getDocumentElement())) {
      if ("method".equals(e.getTagName()) && "velocity-allowlist".equals(parentTag(e))) {
        Matcher m = ALLOWLIST_ENTRY.matcher(e.getTextContent().trim());
        if (m.matches()) {
          allowlisted.add(m.group(2));
        }
      }
    }
    Map<String, Set<String>> missing = new TreeMap<>();
    for (Map.Entry<String, byte[]> t : jar.entries().entrySet()) {
      if (!t.getKey().endsWith(".vm")) {
        continue;
      }
      for (TemplateCall call : templateCalls(new String(t.getValue(), StandardCharsets.UTF_8))) {
        if (!allowlisted.contains(call.method())) {
          missing.computeIfAbsent(call.method(), k -> new TreeSet<>())
              .add(t.getKey() + ":" + call.line() + " $" + call.receiver() + "..." + call.method() + "()");
        }
      }
    }
    assertNone("Template method calls that no <velocity-allowlist> <method> names (Jira blocks them)",
        describe(missing));
  }

  // ==================================================================================================================
  // helpers
  // ==================================================================================================================

  /** One {@code $receiver....method(} call in a template; chainStart: the method is called directly on the variable. */
  record TemplateCall(String receiver, String method, boolean chainStart, int line) {}

  /** Method calls in Velocity references, e.g. {@code $page.initiatives().isEmpty()} gives initiatives and isEmpty. */
  static List<TemplateCall> templateCalls(String velocitySource) {
    String template = withoutComments(velocitySource);
    List<TemplateCall> calls = new ArrayList<>();
    Matcher start = VELOCITY_REFERENCE.matcher(template);
    while (start.find()) {
      String receiver = start.group(1);
      int i = start.end();
      boolean first = true;
      while (i < template.length() && template.charAt(i) == '.') {
        int nameStart = i + 1;
        int j = nameStart;
        while (j < template.length() && (Character.isLetterOrDigit(template.charAt(j)) || template.charAt(j) == '_')) {
          j++;
        }
        if (j == nameStart || !Character.isLetter(template.charAt(nameStart))) {
          break; // "$x." followed by text: end of the reference
        }
        String name = template.substring(nameStart, j);
        if (j < template.length() && template.charAt(j) == '(') {
          int line = 1 + (int) template.substring(0, nameStart).chars().filter(c -> c == '\n').count();
          calls.add(new TemplateCall(receiver, name, first, line));
          j = skipArguments(template, j);
        }
        first = false;
        i = j;
      }
    }
    return calls;
  }

  /** Blanks out Velocity comments (## line, #* block *#), keeping line breaks so line numbers stay right. */
  private static String withoutComments(String template) {
    StringBuilder sb = new StringBuilder(template);
    Matcher m = VELOCITY_COMMENT.matcher(template);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        if (sb.charAt(i) != '\n') {
          sb.setCharAt(i, ' ');
        }
      }
    }
    return sb.toString();
  }

  /** Index after the parenthesised arguments starting at {@code open}; quotes and nesting respected. */
  private static int skipArguments(String text, int open) {
    int depth = 0;
    char quote = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i + 1;
      }
    }
    return text.length();
  }

  /** Package -> where it is used: every referenced class of the plugin's classes, plus classes named in the XML. */
  private static Map<String, Set<String>> packageUses() throws Exception {
    Map<String, Set<String>> uses = new TreeMap<>();
    for (Map.Entry<String, ClassFileInfo> c : classes.entrySet()) {
      for (String pkg : c.getValue().referencedPackages()) {
        uses.computeIfAbsent(pkg, k -> new LinkedHashSet<>()).add(c.getKey());
      }
    }
    if (jar.contains(DESCRIPTOR)) {
      for (Element e : allElements(descriptor().getDocumentElement())) {
        List<String> named = new ArrayList<>();
        if (e.hasAttribute("class")) {
          named.add(e.getAttribute("class").trim());
        }
        if (CLASS_TEXT_ELEMENTS.contains(e.getTagName())) {
          named.add(e.getTextContent().trim());
        }
        for (String className : named) {
          String pkg = packageOfDotted(className);
          if (!pkg.isEmpty()) {
            uses.computeIfAbsent(pkg, k -> new LinkedHashSet<>()).add(DESCRIPTOR + " " + where(e));
          }
        }
      }
    }
    for (Map.Entry<String, Document> ctx : springContexts().entrySet()) {
      for (Element e : allElements(ctx.getValue().getDocumentElement())) {
        for (String className : springClassNames(e)) {
          String pkg = packageOfDotted(className);
          if (!pkg.isEmpty()) {
            uses.computeIfAbsent(pkg, k -> new LinkedHashSet<>()).add(ctx.getKey() + " " + where(e));
          }
        }
      }
    }
    return uses;
  }

  /** Class names in a Spring XML element: class/interface attributes, FQCN type attributes, interface lists. */
  private static List<String> springClassNames(Element e) {
    List<String> names = new ArrayList<>();
    for (String attribute : List.of("class", "interface")) {
      if (e.hasAttribute(attribute)) {
        names.add(e.getAttribute(attribute).trim());
      }
    }
    String type = e.getAttribute("type").trim();
    if (FQCN.matcher(type).matches()) {
      names.add(type);
    }
    if ("value".equals(e.getLocalName()) && "interfaces".equals(parentTag(e))) {
      names.add(e.getTextContent().trim());
    }
    return names;
  }

  /** A class named in XML must be in the JAR, a JDK java.* class, or in an imported package. */
  private static void checkClass(String className, String where, List<String> problems) {
    if (className.isEmpty()) {
      problems.add(where + ": empty class name");
      return;
    }
    if (!FQCN.matcher(className).matches()) {
      problems.add(where + " '" + className + "' is not a fully qualified class name");
      return;
    }
    if (findBundledClass(className) != null) {
      return;
    }
    String pkg = packageOfDotted(className);
    if (className.startsWith("no.veikart.roadmap.")) {
      problems.add(where + " " + className + " is not in the JAR");
    } else if (!pkg.startsWith("java.") && !importedPackages.contains(pkg)) {
      problems.add(where + " " + className + ": neither in the JAR nor in an imported package (" + pkg + ")");
    }
  }

  /** Internal name of a bundled class for a dotted name, trying nested-class forms (a.B.C -> a/B$C). */
  private static String findBundledClass(String dotted) {
    String candidate = dotted.replace('.', '/');
    while (true) {
      if (bundledClassNames.contains(candidate)) {
        return candidate;
      }
      int slash = candidate.lastIndexOf('/');
      if (slash < 0) {
        return null;
      }
      candidate = candidate.substring(0, slash) + "$" + candidate.substring(slash + 1);
    }
  }

  /** velocity-allowlist entry {@code fq.Class#method(param.Type, int)}: the class and the method must exist. */
  private static void checkAllowlistedMethod(String entry, String where, List<String> problems) {
    Matcher m = ALLOWLIST_ENTRY.matcher(entry);
    if (!m.matches()) {
      problems.add(where + " '" + entry + "' is not of the form fully.qualified.Class#method(param.Types)");
      return;
    }
    String owner = findBundledClass(m.group(1));
    if (owner == null) {
      problems.add(where + " '" + entry + "': class " + m.group(1) + " is not in the JAR"
          + " (only the plugin's own classes can be allowlisted)");
      return;
    }
    List<String> wanted = new ArrayList<>();
    for (String p : COMMA.split(m.group(3), -1)) {
      if (!p.isBlank()) {
        wanted.add(p.trim().replace("...", "[]").replace('$', '.'));
      }
    }
    for (String type = owner; type != null; ) {
      ClassFileInfo info = classByName(type);
      if (info == null) {
        if (type.startsWith("java/") && jdkClassHasMethod(type, m.group(2), wanted)) {
          return;
        }
        if (!type.startsWith("java/")) {
          return; // inherited from a host class outside the JAR: cannot check
        }
        break;
      }
      for (ClassFileInfo.Method method : info.methods()) {
        if (method.name().equals(m.group(2)) && parameterTypes(method.descriptor()).equals(wanted)) {
          return;
        }
      }
      type = info.superName();
    }
    problems.add(where + " '" + entry + "': no method " + m.group(2) + "(" + String.join(", ", wanted) + ") in "
        + m.group(1) + " or its bundled superclasses");
  }

  /** A public method of a JDK class (records inherit from java.lang.Record, everything from Object). */
  private static boolean jdkClassHasMethod(String internalName, String name, List<String> parameterTypes) {
    try {
      for (java.lang.reflect.Method method : Class.forName(internalName.replace('/', '.')).getMethods()) {
        List<String> types = new ArrayList<>();
        for (Class<?> p : method.getParameterTypes()) {
          types.add(p.getTypeName().replace('$', '.'));
        }
        if (method.getName().equals(name) && types.equals(parameterTypes)) {
          return true;
        }
      }
      return false;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static ClassFileInfo classByName(String internalName) {
    for (ClassFileInfo info : classes.values()) {
      if (info.name().equals(internalName)) {
        return info;
      }
    }
    return null;
  }

  /** Java source names of a method descriptor's parameters, nested classes with dots: (I[Ljava/util/Map$Entry;) */
  static List<String> parameterTypes(String descriptor) {
    List<String> result = new ArrayList<>();
    int i = 1; // after '('
    while (descriptor.charAt(i) != ')') {
      int dims = 0;
      while (descriptor.charAt(i) == '[') {
        dims++;
        i++;
      }
      String type;
      char c = descriptor.charAt(i);
      if (c == 'L') {
        int end = descriptor.indexOf(';', i);
        type = descriptor.substring(i + 1, end).replace('/', '.').replace('$', '.');
        i = end + 1;
      } else {
        type = switch (c) {
          case 'Z' -> "boolean";
          case 'B' -> "byte";
          case 'C' -> "char";
          case 'S' -> "short";
          case 'I' -> "int";
          case 'J' -> "long";
          case 'F' -> "float";
          case 'D' -> "double";
          default -> throw new IllegalArgumentException("bad descriptor " + descriptor);
        };
        i++;
      }
      result.add(type + "[]".repeat(dims));
    }
    return result;
  }

  /** Keys used by the descriptor, the classes and the templates/scripts in the JAR, each with where it is used. */
  private static Map<String, Set<String>> usedI18nKeys() throws Exception {
    Map<String, Set<String>> used = new TreeMap<>();
    for (Element e : allElements(descriptor().getDocumentElement())) {
      if (e.hasAttribute("i18n-name-key")) {
        used.computeIfAbsent(e.getAttribute("i18n-name-key").trim(), k -> new TreeSet<>())
            .add(DESCRIPTOR + " " + where(e) + " i18n-name-key");
      }
      if (I18N_KEY_ELEMENTS.contains(e.getTagName()) && e.hasAttribute("key")) {
        used.computeIfAbsent(e.getAttribute("key").trim(), k -> new TreeSet<>()).add(DESCRIPTOR + " " + where(e));
      }
    }
    // String literals of the plugin's classes in the one i18n namespace (craft rule 8): error keys, labels, ...
    for (Map.Entry<String, ClassFileInfo> c : classes.entrySet()) {
      if (c.getKey().startsWith(OWN_CLASSES)) {
        for (String constant : c.getValue().stringConstants()) {
          if (CODE_I18N_KEY.matcher(constant).matches()) {
            used.computeIfAbsent(constant, k -> new TreeSet<>()).add(c.getKey());
          }
        }
      }
    }
    for (Map.Entry<String, byte[]> t : jar.entries().entrySet()) {
      if (TEMPLATE_SUFFIXES.stream().noneMatch(t.getKey()::endsWith)) {
        continue;
      }
      String text = new String(t.getValue(), StandardCharsets.UTF_8);
      for (Pattern p : TEMPLATE_KEY_PATTERNS) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          used.computeIfAbsent(m.group(2), k -> new TreeSet<>()).add(t.getKey());
        }
      }
    }
    return used;
  }

  /** The required bundles plus any other i18n/roadmap_*.properties in the JAR. */
  private static Set<String> bundleNames() {
    Set<String> names = new LinkedHashSet<>();
    names.add(I18N_BASE + ".properties");
    for (String locale : LOCALES) {
      names.add(I18N_BASE + "_" + locale + ".properties");
    }
    for (String entry : jar.entries().keySet()) {
      if (entry.startsWith(I18N_BASE + "_") && entry.endsWith(".properties")) {
        names.add(entry);
      }
    }
    return names;
  }

  /**
   * Loads a bundle of the JAR as Jira may, ISO-8859-1 ({@link Properties#load(java.io.InputStream)}); records a missing
   * file, a byte that is not ASCII (letters must be backslash-u escapes, which the build's native2ascii step writes from
   * the readable UTF-8 sources in i18n/) or duplicate keys as problems.
   */
  private static Map<String, String> loadBundle(String name, List<String> problems) throws IOException {
    byte[] bytes = jar.entries().get(name);
    if (bytes == null) {
      problems.add(name + " is not in the JAR");
      return null;
    }
    int line = 1;
    for (byte b : bytes) {
      if (b < 0) {
        problems.add(name + " line " + line + " is not ASCII");
        return null;
      }
      line += b == '\n' ? 1 : 0;
    }
    return loadProperties(name, new String(bytes, StandardCharsets.ISO_8859_1), problems);
  }

  /** Keys and texts in file order; records duplicate keys as problems. */
  private static Map<String, String> loadProperties(String name, String text, List<String> problems)
      throws IOException {
    Map<String, String> keys = new LinkedHashMap<>();
    Set<String> duplicates = new TreeSet<>();
    Properties properties = new Properties() {
      private static final long serialVersionUID = 1L;

      @Override
      public synchronized Object put(Object key, Object value) {
        if (keys.put((String) key, (String) value) != null) {
          duplicates.add((String) key);
        }
        return super.put(key, value);
      }
    };
    properties.load(new StringReader(text));
    for (String d : duplicates) {
      problems.add(name + " defines '" + d + "' more than once");
    }
    return keys;
  }

  /**
   * The build writes i18n/*.properties (readable UTF-8, the files people edit) into the JAR as ASCII: every bundle of
   * the JAR is ASCII and has exactly the keys and texts of its readable source.
   */
  @Test
  public void i18nBundlesInTheJarAreAsciiAndSayWhatTheReadableSourcesSay() throws Exception {
    List<String> problems = new ArrayList<>();
    for (String bundle : bundleNames()) {
      Map<String, String> built = loadBundle(bundle, problems);
      Path source = Paths.get(bundle);
      if (!Files.isRegularFile(source)) {
        problems.add(bundle + " has no readable source " + source.toAbsolutePath());
        continue;
      }
      Map<String, String> readable = loadProperties(source.toString(), Files.readString(source, StandardCharsets.UTF_8),
          problems);
      if (built != null && !built.equals(readable)) {
        for (String key : readable.keySet()) {
          if (!readable.get(key).equals(built.get(key))) {
            problems.add(bundle + " '" + key + "' is '" + built.get(key) + "' in the JAR, '" + readable.get(key)
                + "' in " + source);
          }
        }
        problems.add(bundle + ": " + built.size() + " keys in the JAR, " + readable.size() + " in " + source);
      }
    }
    assertNone("i18n bundles of the JAR", problems);
  }

  /** MessageFormat argument indices used by a message: "{0} of {1}" -> [0, 1]. */
  static Set<Integer> messageArguments(String message) {
    Set<Integer> args = new TreeSet<>();
    Matcher m = MESSAGE_ARGUMENT.matcher(message);
    while (m.find()) {
      args.add(Integer.parseInt(m.group(1)));
    }
    return args;
  }

  private static Document descriptor() throws Exception {
    byte[] bytes = jar.entries().get(DESCRIPTOR);
    assertTrue(DESCRIPTOR + " is not at the root of the JAR", bytes != null);
    return parseXml(DESCRIPTOR, bytes);
  }

  private static Map<String, Document> springContexts() throws Exception {
    Map<String, Document> contexts = new TreeMap<>();
    for (Map.Entry<String, byte[]> e : jar.entries().entrySet()) {
      String name = e.getKey();
      if (name.startsWith(SPRING_DIR) && name.endsWith(".xml") && name.indexOf('/', SPRING_DIR.length()) < 0) {
        contexts.put(name, parseXml(name, e.getValue()));
      }
    }
    return contexts;
  }

  private static Document parseXml(String name, byte[] bytes) throws Exception {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(bytes), name);
    } catch (SAXException | ParserConfigurationException e) {
      throw new AssertionError(name + " does not parse as XML: " + e.getMessage(), e);
    }
  }

  private static List<Element> children(Element parent) {
    List<Element> result = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element child) {
        result.add(child);
      }
    }
    return result;
  }

  private static List<Element> allElements(Element root) {
    List<Element> result = new ArrayList<>();
    collect(root, result);
    return result;
  }

  private static void collect(Element e, List<Element> into) {
    into.add(e);
    for (Element child : children(e)) {
      collect(child, into);
    }
  }

  private static String parentTag(Element e) {
    Node parent = e.getParentNode();
    if (!(parent instanceof Element p)) {
      return "";
    }
    return p.getLocalName() != null ? p.getLocalName() : p.getTagName();
  }

  /** A readable position: the element with its identifying attributes and the enclosing module. */
  static final String DOWNLOAD_URL_PREFIX = "/download/resources/";

  /** The JAR location behind {@code /download/resources/<plugin>:<web-resource>/<name>}, or null. */
  private static String downloadResourceLocation(String url) throws Exception {
    String prefix = DOWNLOAD_URL_PREFIX + PLUGIN_KEY + ":";
    int slash = url.indexOf('/', prefix.length());
    if (!url.startsWith(prefix) || slash < 0) {
      return null;
    }
    String module = url.substring(prefix.length(), slash);
    String name = url.substring(slash + 1);
    for (Element wr : allElements(descriptor().getDocumentElement())) {
      if (!"web-resource".equals(wr.getTagName()) || !module.equals(wr.getAttribute("key"))) {
        continue;
      }
      for (Element r : allElements(wr)) {
        if ("resource".equals(r.getTagName()) && "download".equals(r.getAttribute("type"))
            && name.equals(r.getAttribute("name"))) {
          return r.getAttribute("location").trim();
        }
      }
    }
    return null;
  }

  private static String where(Element e) {
    StringBuilder sb = new StringBuilder("<").append(e.getTagName());
    NamedNodeMap attributes = e.getAttributes();
    for (String id : List.of("key", "id", "name")) {
      Attr a = (Attr) attributes.getNamedItem(id);
      if (a != null) {
        sb.append(' ').append(id).append("=\"").append(a.getValue()).append('"');
      }
    }
    sb.append('>');
    Node parent = e.getParentNode();
    while (parent instanceof Element p && p.getParentNode() instanceof Element) {
      if (p.hasAttribute("key") || p.hasAttribute("id")) {
        String id = p.hasAttribute("key") ? p.getAttribute("key") : p.getAttribute("id");
        return sb.append(" in <").append(p.getTagName()).append(" ").append(id).append('>').toString();
      }
      parent = p.getParentNode();
    }
    return sb.toString();
  }

  private static boolean isHostPackage(String pkg) {
    if (pkg.equals("net.java.ao") || standInPackages.contains(pkg)) {
      return true;
    }
    return HOST_PACKAGE_PREFIXES.stream().anyMatch(pkg::startsWith);
  }

  /** Packages of src/standin/java (project base dir from the "basedir" property surefire/failsafe set). */
  static Set<String> readStandInPackages() throws IOException {
    Path root = Paths.get(System.getProperty("basedir", System.getProperty("user.dir"))).resolve(STAND_IN_SOURCES);
    Set<String> packages = new TreeSet<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
          Path dir = root.relativize(f).getParent();
          if (dir != null) {
            packages.add(dir.toString().replace(java.io.File.separatorChar, '.'));
          }
        });
      }
    }
    return packages;
  }

  /** Packages the JDK's java.* modules export: javax packages among them resolve against any OSGi system bundle. */
  private static Set<String> jdkExportedPackages() {
    Set<String> packages = new TreeSet<>();
    for (Module module : ModuleLayer.boot().modules()) {
      if (module.getName().startsWith("java.")) {
        for (ModuleDescriptor.Exports export : module.getDescriptor().exports()) {
          if (!export.isQualified()) {
            packages.add(export.source());
          }
        }
      }
    }
    return packages;
  }

  private static String packageOfInternal(String internalName) {
    int slash = internalName.lastIndexOf('/');
    return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
  }

  /** Package of a dotted class name; assumes lower-case package segments, so a.b.Outer.Inner -> a.b. */
  private static String packageOfDotted(String className) {
    String[] parts = DOT.split(className, -1);
    StringBuilder pkg = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
        break;
      }
      if (pkg.length() > 0) {
        pkg.append('.');
      }
      pkg.append(parts[i]);
    }
    return pkg.toString();
  }

  private static List<String> describe(Map<String, Set<String>> usesByPackage) {
    List<String> lines = new ArrayList<>();
    usesByPackage.forEach((pkg, users) -> {
      List<String> sample = new ArrayList<>(users).subList(0, Math.min(3, users.size()));
      lines.add(pkg + "  <- " + String.join(", ", sample) + (users.size() > 3 ? " (+" + (users.size() - 3) + ")" : ""));
    });
    return lines;
  }

  private static String stripSlash(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  private static String trim(String s) {
    return s == null ? null : s.trim();
  }

  static void assertNone(String what, Collection<String> problems) {
    if (!problems.isEmpty()) {
      fail(what + " [" + jar.path().getFileName() + "], " + problems.size() + ":\n  - "
          + String.join("\n  - ", new LinkedHashSet<>(problems)));
    }
  }
}
