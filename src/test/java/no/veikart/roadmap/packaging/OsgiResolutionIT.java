package no.veikart.roadmap.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.veikart.roadmap.packaging.BundleJar.Clause;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.BeforeClass;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs the built plugin JAR in an embedded Apache Felix whose system bundle exports what Jira 11 / Platform 8
 * exports ({@link Jira11HostPackages}, a fixed list) and asserts that the bundle resolves. Nothing is started: there
 * is no Spring extender here, and resolution is what fails first in Jira when an import is wrong.
 *
 * <p>Resolution alone cannot prove the JAR is clean: a JAR that bundles and exports a stand-in resolves against
 * itself. {@link PluginJarIT} looks inside the JAR; this test also asserts the bundle exports no host package.
 */
public class OsgiResolutionIT {

  private static BundleJar jar;

  @BeforeClass
  public static void openJar() throws IOException {
    jar = BundleJar.fromSystemProperty();
  }

  @Test
  public void resolvesAgainstTheJira11HostPackages() throws Exception {
    Resolution r = resolve("resolves", Set.of());

    assertTrue("The plugin bundle does not resolve against the Jira 11 host packages.\n"
        + "Felix: " + r.felixMessage + "\n"
        + "Imports the host list (Jira11HostPackages) does not satisfy:\n  - " + String.join("\n  - ", r.unsatisfied)
        + "\nEither the import is wrong (javax.*, a version range the host does not match, a package Jira does not"
        + " export) or Jira11HostPackages lacks a package Jira 11 really exports (add it with its source).",
        r.resolved);
    assertEquals("bundle state", "RESOLVED", stateName(r.state));
    assertTrue("wiring after resolution", r.inUse);
    assertTrue("The bundle exports host packages itself (a bundled stand-in?): " + r.exportedHostPackages,
        r.exportedHostPackages.isEmpty());
  }

  @Test
  public void resolutionFailsAndNamesThePackageWhenTheHostLacksAnImportedAtlassianPackage() throws Exception {
    String candidate = null;
    for (Clause c : jar.clauses("Import-Package")) {
      if (c.name().startsWith("com.atlassian.") && !c.isOptional() && Jira11HostPackages.names().contains(c.name())) {
        candidate = c.name();
        break;
      }
    }
    final String removed = candidate;
    assertNotNull("The plugin imports no (non-optional) com.atlassian package that Jira11HostPackages lists, so this"
        + " test cannot show that a missing host package is caught. Import-Package: " + jar.header("Import-Package"),
        removed);

    Resolution r = resolve("lacks-" + removed, Set.of(removed));

    assertFalse("Resolved although the host no longer exports " + removed, r.resolved);
    assertEquals("bundle state", "INSTALLED", stateName(r.state));
    String message = String.valueOf(r.felixMessage);
    assertTrue("Felix's message should say 'missing requirement ... osgi.wiring.package' for " + removed
        + ", was: " + message,
        message.contains("missing requirement") && message.contains("osgi.wiring.package=" + removed + ")"));
    assertTrue("our own unsatisfied-import list should name " + removed + ": " + r.unsatisfied,
        r.unsatisfied.stream().anyMatch(s -> s.startsWith(removed + ";") || s.equals(removed)));
  }

  // ------------------------------------------------------------------------------------------------------------------

  /** What happened when the JAR was installed and resolved. */
  private static final class Resolution {
    boolean resolved;
    boolean inUse;
    int state;
    String felixMessage;
    final List<String> unsatisfied = new ArrayList<>();
    final Set<String> exportedHostPackages = new TreeSet<>();
  }

  private static Resolution resolve(String name, Set<String> leaveOut) throws Exception {
    Path storage = jar.path().toAbsolutePath().getParent().resolve("felix-it").resolve(name);
    Files.createDirectories(storage);
    Map<String, String> config = new HashMap<>();
    config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
    config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
    config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, Jira11HostPackages.systemPackagesExtra(leaveOut));
    config.put("felix.log.level", "1"); // errors only

    Framework framework = new FrameworkFactory().newFramework(config);
    framework.init();
    framework.start();
    try {
      BundleContext context = framework.getBundleContext();
      Bundle bundle;
      try (InputStream in = Files.newInputStream(jar.path())) {
        bundle = context.installBundle("roadmap:" + jar.path().getFileName(), in);
      }
      Resolution r = new Resolution();
      r.unsatisfied.addAll(unsatisfiedImports(framework));
      r.resolved = framework.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
      r.state = bundle.getState();
      BundleWiring wiring = bundle.adapt(BundleWiring.class);
      r.inUse = wiring != null && wiring.isInUse();
      if (wiring != null) {
        for (BundleCapability cap : wiring.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
          String pkg = String.valueOf(cap.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE));
          if (pkg.startsWith("com.atlassian.") || pkg.equals("net.java.ao") || pkg.startsWith("net.java.ao.")
              || pkg.startsWith("com.opensymphony.")) {
            r.exportedHostPackages.add(pkg);
          }
        }
      }
      if (!r.resolved) {
        // resolveBundles gives no reason; start() re-runs resolution and reports it. It cannot start: it cannot resolve.
        try {
          bundle.start(Bundle.START_TRANSIENT);
          r.felixMessage = "(start() unexpectedly succeeded)";
          bundle.stop();
        } catch (BundleException e) {
          r.felixMessage = e.getMessage();
        }
        r.state = bundle.getState();
      }
      return r;
    } finally {
      framework.stop();
      framework.waitForStop(30_000);
    }
  }

  /**
   * Every non-optional import the system bundle does not satisfy (name and version range), computed from the
   * framework's own package capabilities: Felix names only the first missing requirement, this lists all of them.
   */
  private static List<String> unsatisfiedImports(Framework framework) {
    Map<String, List<Version>> exported = new HashMap<>();
    BundleWiring system = framework.adapt(BundleWiring.class);
    for (BundleCapability cap : system.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
      Object version = cap.getAttributes().get(Constants.VERSION_ATTRIBUTE);
      exported.computeIfAbsent(String.valueOf(cap.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)),
          k -> new ArrayList<>()).add(version instanceof Version v ? v : Version.emptyVersion);
    }
    List<String> unsatisfied = new ArrayList<>();
    for (Clause c : jar.clauses("Import-Package")) {
      if (c.isOptional()) {
        continue;
      }
      String range = c.attributes().getOrDefault(Constants.VERSION_ATTRIBUTE, "0.0.0");
      VersionRange wanted = new VersionRange(range);
      for (String pkg : c.paths()) {
        List<Version> available = exported.getOrDefault(pkg, List.of());
        if (available.stream().noneMatch(wanted::includes)) {
          unsatisfied.add(pkg + ";version=\"" + range + "\""
              + (available.isEmpty() ? " - not exported by the host" : " - host exports " + available));
        }
      }
    }
    return unsatisfied;
  }

  private static String stateName(int state) {
    return switch (state) {
      case Bundle.INSTALLED -> "INSTALLED";
      case Bundle.RESOLVED -> "RESOLVED";
      case Bundle.STARTING -> "STARTING";
      case Bundle.ACTIVE -> "ACTIVE";
      case Bundle.STOPPING -> "STOPPING";
      case Bundle.UNINSTALLED -> "UNINSTALLED";
      default -> "state " + state;
    };
  }
}
