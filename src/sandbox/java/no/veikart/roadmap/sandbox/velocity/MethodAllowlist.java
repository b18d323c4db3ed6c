package no.veikart.roadmap.sandbox.velocity;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which methods a template may call, as Jira 10+ decides it (DAC "Configuring the Velocity method allowlist" and
 * "Velocity Allowlist plugin module"): every method invocation from a template, property reads such as
 * {@code $x.name} included, must be on Jira's global allowlist or on the plugin's own {@code <velocity-allowlist>}
 * module; anything else is blocked and logged as {@code Method needs allowlisting: Class#method(types)}.
 *
 * <p>Plugin entries are taken exactly as written, in the form {@code fully.qualified.Class#method(paramTypes)} the
 * sources show (Atlassian's Slack plugin for Jira 10/11, atlassian-labs/atlassian-slack-integration-server
 * {@code jira-slack-server-integration-plugin/src/main/resources/atlassian-plugin.xml}:
 * {@code com.atlassian.jira.plugins.slack.spi.impl.JiraSlackPluginResourceProvider#getPluginKey()}); "plugins can only
 * define allowlist entries for their own classes" (DAC), so an entry for another class, or one not of that form, fails
 * the start. Nested classes are not accepted: no public source shows an {@code Outer$Inner} entry working.
 *
 * <p>Jira's global list covers "appropriate JDK and Atlassian class methods" (DAC) but no public source lists them,
 * so {@link #GLOBAL} holds only entries a public source shows; today none, so templates call only the plugin's own
 * allowlisted view-record accessors and {@code #foreach} over lists (iteration is not a method invocation).
 */
public final class MethodAllowlist {

    /** The log line Jira writes for a blocked call (DAC configuring-the-velocity-allowlist). */
    public static final String NEEDS_ALLOWLISTING = "Method needs allowlisting: ";

    /**
     * Jira's global allowlist, each entry with the public source that shows it allowed. Empty: DAC names no entries,
     * and no public source of a Jira 10/11 plugin shows a JDK or Atlassian method call working without an entry.
     */
    static final Set<String> GLOBAL = Set.of();

    private static final String PLUGIN_PACKAGE = "no.veikart.roadmap.";
    private static final String SANDBOX_PACKAGE = "no.veikart.roadmap.sandbox.";
    private static final Pattern ENTRY = Pattern.compile(
            "[a-z][\\w]*(\\.[a-z][\\w]*)*\\.[A-Z][\\w]*#[a-zA-Z_]\\w*\\(([\\w.\\[\\]]+(,[\\w.\\[\\]]+)*)?\\)");

    private final Set<String> listed;
    private final List<String> refusals = new CopyOnWriteArrayList<>();

    /** @throws IllegalArgumentException naming the first entry Jira would not take as the plugin's own */
    public MethodAllowlist(Set<String> pluginEntries) {
        for (String entry : pluginEntries) {
            String problem = problem(entry);
            if (problem != null) {
                throw new IllegalArgumentException("<velocity-allowlist> <method>" + entry + "</method>: " + problem);
            }
        }
        this.listed = Set.copyOf(pluginEntries);
    }

    private static String problem(String entry) {
        if (!ENTRY.matcher(entry).matches()) {
            return "not of the form fully.qualified.Class#method(fully.qualified.ParamType,...) with a top-level class";
        }
        String className = entry.substring(0, entry.indexOf('#'));
        if (!className.startsWith(PLUGIN_PACKAGE) || className.startsWith(SANDBOX_PACKAGE)) {
            return "plugins can only allowlist their own classes";
        }
        return null;
    }

    /** The entry a call needs ({@code Class#method(types)} of the method's declaring class). */
    public static String entry(Method m) {
        return m.getDeclaringClass().getName() + "#" + m.getName() + "(" + Arrays.stream(m.getParameterTypes())
                .map(Class::getTypeName).collect(Collectors.joining(",")) + ")";
    }

    /** Whether a template may call {@code m}; records a refusal otherwise. */
    public boolean allows(Method m) {
        String entry = entry(m);
        if (GLOBAL.contains(entry) || listed.contains(entry)) {
            return true;
        }
        refusals.add(NEEDS_ALLOWLISTING + entry);
        return false;
    }

    /** Every "Method needs allowlisting" line logged since the start, oldest first. */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }
}
