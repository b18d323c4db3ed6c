package no.veikart.roadmap.packaging;

import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.opensymphony.workflow.Validator;
import jakarta.servlet.Servlet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import net.java.ao.RawEntity;
import no.veikart.roadmap.sandbox.host.BuiltInConditions;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The descriptor contract: every module of {@code atlassian-plugin.xml} satisfies what its module type's descriptor
 * requires in Jira, checked against the built plugin ({@code target/classes}: classes and the files its resources name).
 * {@link #RULES} holds one row per module type with the public source of its rule; a module type without a row fails,
 * so a new kind of module cannot join the plugin unchecked.
 */
public class DescriptorContractTest {

    private static final Path PLUGIN_ROOT = Paths.get("target", "classes");

    /** One module type: where its rule comes from, and the check. */
    record Rule(String source, Check check) {
    }

    @FunctionalInterface
    interface Check {
        void check(Element module, Plugin plugin, List<String> problems);
    }

    /** The descriptor with the built plugin it describes. */
    record Plugin(Element root, Path dir) {
    }

    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        rule("plugin-info", "DAC server/framework/atlassian-sdk/plugin-descriptor: plugin-info params; UPM's Configure "
                + "button opens param configure.url, which must be one of the plugin's servlets",
                DescriptorContractTest::pluginInfo);
        rule("resource", "DAC server/framework/atlassian-sdk/internationalising-your-plugin: <resource type=\"i18n\" "
                + "location=\"…\"> names a properties bundle in the plugin", DescriptorContractTest::i18nResource);
        rule("ao", "DAC server/framework/atlassian-sdk/active-objects-plugin-module: <entity> are net.java.ao entity "
                + "interfaces, <upgradeTask> ActiveObjectsUpgradeTask classes", DescriptorContractTest::ao);
        rule("rest", "DAC basics-of-exposing-rest-apis-via-plugins (path, version); testit-tms/jira-plugin (11.3.6) "
                + "atlassian-plugin.xml <package>: resources scanned there", DescriptorContractTest::rest);
        rule("rest-migration", "atlassian-labs/atlassian-slack-integration-server (Jira 11.0) atlassian-plugin.xml: "
                + "<rest-migration><rest-v2/></rest-migration>", DescriptorContractTest::restMigration);
        rule("servlet", "DAC server/framework/atlassian-sdk/servlet-plugin-module (class a servlet, url-pattern); "
                + "jakarta.servlet on Jira 11: alanmosely/basic-jira-development-panels 2.x", DescriptorContractTest::servlet);
        rule("web-section", "DAC server/jira/platform/administration-ui-locations (Dec 2025): a web-section in "
                + "admin_plugins_menu shows only with at least one web-item in it", DescriptorContractTest::webSection);
        rule("web-item", "DAC server/jira/platform/web-item + administration-ui-locations: items sit in "
                + "<location>/<section key>; system.admin/* rendered only by Jira 6.3 LegacyAdminLinkFactory "
                + "(turgaycelik/mysource jira-core admin/LegacyAdminLinkFactory.java)", DescriptorContractTest::webItem);
        rule("workflow-validator", "Jira 6.3 WorkflowValidatorModuleDescriptor extends AbstractWorkflowModuleDescriptor"
                + "<WorkflowPluginValidatorFactory>, reads <validator-class>, resources view/input-parameters/"
                + "edit-parameters (JiraWorkflowPluginConstants); turgaycelik/mysource jira-core plugin/workflow",
                DescriptorContractTest::workflowValidator);
        rule("web-resource", "DAC server/framework/atlassian-sdk/web-resource-plugin-module: download resources are "
                + "files of the plugin, dependencies name web-resource modules", DescriptorContractTest::webResource);
        rule("web-panel", "DAC server/framework/atlassian-sdk/web-panel-plugin-module (view resource, "
                + "context-provider a ContextProvider, conditions Conditions); testit-tms/jira-plugin (11.3.6) panel",
                DescriptorContractTest::webPanel);
        rule("customfield-type", "Jira 6.3 CustomFieldTypeModuleDescriptorImpl#enabled assertModuleClassImplements("
                + "CustomFieldType); resource names CustomFieldTypeModuleDescriptor.TEMPLATE_NAME_* (view, edit, "
                + "edit-default, bulk-move, xml, column-view); edit needed on edit screens (issue 13)",
                DescriptorContractTest::customFieldType);
        rule("dashboard-item", "DAC server/jira/platform/dashboard-item-module (Jan 2026): <definition> with a title "
                + "lists it in the directory; <amd-module> names a module a web-resource defines",
                DescriptorContractTest::dashboardItem);
        rule("velocity-allowlist", "DAC server/framework/atlassian-sdk/velocity-allowlist-plugin-module: "
                + "<method>fully.qualified.Class#method(parameter types)</method>", DescriptorContractTest::allowlist);
    }

    private static void rule(String type, String source, Check check) {
        RULES.put(type, new Rule(source, check));
    }

    @Test
    public void everyModuleMeetsWhatItsModuleTypeRequiresInJira() throws IOException {
        Plugin plugin = new Plugin(parse(Files.readAllBytes(Paths.get("atlassian-plugin.xml"))), PLUGIN_ROOT);

        List<String> problems = problems(plugin);

        assertEquals(String.join("\n", problems), List.of(), problems);
    }

    /** The contract can fail: a descriptor with what Jira refuses gets one problem per wrong thing. */
    @Test
    public void aDescriptorWithWhatJiraRefusesIsReported() {
        String xml = """
                <atlassian-plugin key="bad">
                  <plugin-info><param name="configure.url">/plugins/servlet/nowhere</param></plugin-info>
                  <component key="c" class="x.Y"/>
                  <workflow-validator key="v" class="no.veikart.roadmap.testsupport.workflow.FunctionFactory">
                    <validator-class>no.veikart.roadmap.phase.workflow.PhaseGateValidatorFactory</validator-class>
                  </workflow-validator>
                  <web-item key="old" section="system.admin/globalsettings"><link>/x</link></web-item>
                  <web-section key="lonely" location="admin_plugins_menu"/>
                  <customfield-type key="f" class="no.veikart.roadmap.phase.workflow.PhaseGateValidator">
                    <resource type="velocity" name="view" location="velocity/gain/field-view.vm"/>
                  </customfield-type>
                  <web-panel key="p" location="atl.jira.view.issue.left.context">
                    <resource type="velocity" name="view" location="velocity/nowhere.vm"/>
                    <context-provider class="no.veikart.roadmap.phase.web.IsRoadmapIssueCondition"/>
                  </web-panel>
                  <velocity-allowlist key="a"><method>no.veikart.roadmap.gain.view.GainView#nothing()</method></velocity-allowlist>
                </atlassian-plugin>
                """;
        List<String> problems = problems(new Plugin(parse(xml.getBytes(StandardCharsets.UTF_8)), PLUGIN_ROOT));

        List<String> expected = List.of(
                "plugin-info: configure.url /plugins/servlet/nowhere is no servlet of the plugin",
                "component c: no rule for this module type",
                "workflow-validator v: no.veikart.roadmap.testsupport.workflow.FunctionFactory is not a "
                        + "com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory",
                "workflow-validator v: no.veikart.roadmap.phase.workflow.PhaseGateValidatorFactory is not a "
                        + "com.opensymphony.workflow.Validator",
                "workflow-validator v: no velocity resource \"view\"",
                "web-item old: legacy location system.admin/globalsettings",
                "web-section lonely: no web-item in admin_plugins_menu/lonely",
                "customfield-type f: no.veikart.roadmap.phase.workflow.PhaseGateValidator is not a "
                        + "com.atlassian.jira.issue.customfields.CustomFieldType",
                "customfield-type f: no velocity resource \"edit\"",
                "web-panel p: velocity/nowhere.vm is not in the plugin",
                "web-panel p: no.veikart.roadmap.phase.web.IsRoadmapIssueCondition is not a "
                        + "com.atlassian.plugin.web.ContextProvider",
                "velocity-allowlist a: no.veikart.roadmap.gain.view.GainView#nothing() names no public method");
        for (String e : expected) {
            assertThat(problems, hasItem(e));
        }
        assertEquals(String.join("\n", problems), expected.size(), problems.size());
    }

    static List<String> problems(Plugin plugin) {
        List<String> problems = new ArrayList<>();
        for (Element module : children(plugin.root())) {
            Rule rule = RULES.get(module.getTagName());
            List<String> found = new ArrayList<>();
            if (rule == null) {
                found.add("no rule for this module type");
            } else {
                rule.check().check(module, plugin, found);
            }
            String name = module.getTagName() + (module.getAttribute("key").isEmpty() ? "" : " " + module.getAttribute("key"));
            found.forEach(p -> problems.add(name + ": " + p));
        }
        return problems;
    }

    // ---- the checks, one per module type -------------------------------------------------------------------------

    private static void pluginInfo(Element e, Plugin plugin, List<String> problems) {
        for (Element param : children(e, "param")) {
            if ("configure.url".equals(param.getAttribute("name"))) {
                String url = param.getTextContent().trim();
                boolean served = children(plugin.root(), "servlet").stream()
                        .flatMap(s -> texts(s, "url-pattern").stream())
                        .anyMatch(p -> url.equals("/plugins/servlet" + p));
                if (!served) {
                    problems.add("configure.url " + url + " is no servlet of the plugin");
                }
            }
        }
    }

    private static void i18nResource(Element e, Plugin plugin, List<String> problems) {
        if ("i18n".equals(e.getAttribute("type"))) {
            file(plugin, e.getAttribute("location") + ".properties", problems);
        }
    }

    private static void ao(Element e, Plugin plugin, List<String> problems) {
        for (String entity : texts(e, "entity")) {
            load(entity, problems).ifPresent(c -> {
                if (!c.isInterface() || !RawEntity.class.isAssignableFrom(c)) {
                    problems.add(entity + " is not an Active Objects entity interface");
                }
            });
        }
        for (String task : texts(e, "upgradeTask")) {
            implementsType(task, ActiveObjectsUpgradeTask.class, problems);
        }
    }

    private static void rest(Element e, Plugin plugin, List<String> problems) {
        if (!e.getAttribute("path").startsWith("/") || e.getAttribute("version").isEmpty()) {
            problems.add("needs path=\"/…\" and a version");
        }
        for (String pkg : texts(e, "package")) {
            try (Stream<Path> files = Files.walk(plugin.dir().resolve(pkg.replace('.', '/')))) {
                boolean resources = files.map(f -> plugin.dir().relativize(f).toString())
                        .filter(f -> f.endsWith(".class")).map(f -> f.substring(0, f.length() - 6).replace('/', '.'))
                        .map(n -> load(n, problems)).flatMap(java.util.Optional::stream)
                        .anyMatch(c -> c.isAnnotationPresent(jakarta.ws.rs.Path.class));
                if (!resources) {
                    problems.add("no @Path resource in package " + pkg);
                }
            } catch (IOException ex) {
                problems.add("package " + pkg + " is not in the plugin");
            }
        }
    }

    private static void restMigration(Element e, Plugin plugin, List<String> problems) {
        if (children(e, "rest-v2").isEmpty()) {
            problems.add("no <rest-v2/>");
        }
    }

    private static void servlet(Element e, Plugin plugin, List<String> problems) {
        implementsType(e.getAttribute("class"), Servlet.class, problems);
        if (texts(e, "url-pattern").isEmpty()) {
            problems.add("no <url-pattern>");
        }
        conditions(e, problems);
    }

    private static void webSection(Element e, Plugin plugin, List<String> problems) {
        String location = e.getAttribute("location");
        if (location.isEmpty() || location.startsWith("system.admin")) {
            problems.add("location " + location + " is not one Jira 11 renders");
        }
        String itemSection = location + "/" + e.getAttribute("key");
        if (children(plugin.root(), "web-item").stream().noneMatch(i -> itemSection.equals(i.getAttribute("section")))) {
            problems.add("no web-item in " + itemSection);
        }
        conditions(e, problems);
    }

    private static void webItem(Element e, Plugin plugin, List<String> problems) {
        String section = e.getAttribute("section");
        if (section.startsWith("system.admin/")) {
            problems.add("legacy location " + section);
        } else if (section.startsWith("admin_plugins_menu/")) {
            String key = section.substring("admin_plugins_menu/".length());
            if (children(plugin.root(), "web-section").stream().noneMatch(s -> key.equals(s.getAttribute("key"))
                    && "admin_plugins_menu".equals(s.getAttribute("location")))) {
                problems.add("section " + section + " is no web-section of the plugin");
            }
        } else if (section.isEmpty()) {
            problems.add("no section");
        }
        if (children(e, "link").isEmpty()) {
            problems.add("no <link>");
        }
        conditions(e, problems);
    }

    private static void workflowValidator(Element e, Plugin plugin, List<String> problems) {
        implementsType(e.getAttribute("class"), WorkflowPluginValidatorFactory.class, problems);
        List<String> validator = texts(e, "validator-class");
        if (validator.size() != 1) {
            problems.add("needs one <validator-class>");
        } else {
            implementsType(validator.get(0), Validator.class, problems);
        }
        velocity(e, plugin, Set.of("view", "input-parameters", "edit-parameters"), Set.of("view"), problems);
    }

    private static void webResource(Element e, Plugin plugin, List<String> problems) {
        for (Element r : children(e, "resource")) {
            if ("download".equals(r.getAttribute("type"))) {
                file(plugin, r.getAttribute("location"), problems);
            }
        }
        String own = plugin.root().getAttribute("key") + ":";
        for (String dependency : texts(e, "dependency")) {
            if (dependency.startsWith(own) && children(plugin.root(), "web-resource").stream()
                    .noneMatch(w -> dependency.equals(own + w.getAttribute("key")))) {
                problems.add("dependency " + dependency + " is no web-resource of the plugin");
            }
        }
    }

    private static void webPanel(Element e, Plugin plugin, List<String> problems) {
        if (e.getAttribute("location").isEmpty()) {
            problems.add("no location");
        }
        velocity(e, plugin, Set.of("view"), Set.of("view"), problems);
        for (Element cp : children(e, "context-provider")) {
            implementsType(cp.getAttribute("class"), ContextProvider.class, problems);
        }
        conditions(e, problems);
    }

    private static void customFieldType(Element e, Plugin plugin, List<String> problems) {
        implementsType(e.getAttribute("class"), CustomFieldType.class, problems);
        velocity(e, plugin, Set.of("view", "edit", "edit-default", "bulk-move", "xml", "column-view"),
                Set.of("view", "edit"), problems);
    }

    private static void dashboardItem(Element e, Plugin plugin, List<String> problems) {
        List<Element> definition = children(e, "definition");
        if (definition.isEmpty() || children(definition.get(0), "title").isEmpty()) {
            problems.add("no <definition> with a <title>: not listed in the gadget directory");
        }
        List<String> amd = texts(e, "amd-module");
        if (amd.isEmpty() && children(e, "resource").isEmpty()) {
            problems.add("neither <amd-module> nor a view resource");
        }
        for (String module : amd) {
            boolean defined = children(plugin.root(), "web-resource").stream()
                    .flatMap(w -> children(w, "resource").stream())
                    .map(r -> plugin.dir().resolve(r.getAttribute("location")))
                    .filter(f -> f.toString().endsWith(".js") && Files.isRegularFile(f))
                    .anyMatch(f -> read(f).contains("define('" + module + "'") || read(f).contains("define(\"" + module + "\""));
            if (!defined) {
                problems.add("no web-resource defines the AMD module " + module);
            }
        }
    }

    private static void allowlist(Element e, Plugin plugin, List<String> problems) {
        for (String entry : texts(e, "method")) {
            int hash = entry.indexOf('#');
            int open = entry.indexOf('(');
            if (hash < 0 || open < hash || !entry.endsWith(")")) {
                problems.add("malformed entry " + entry);
                continue;
            }
            String name = entry.substring(hash + 1, open);
            String params = entry.substring(open + 1, entry.length() - 1).replaceAll("\\s", "");
            load(entry.substring(0, hash), problems).ifPresent(c -> {
                boolean found = Arrays.stream(c.getMethods()).filter(m -> m.getName().equals(name))
                        .map(DescriptorContractTest::parameterList).anyMatch(params::equals);
                if (!found) {
                    problems.add(entry + " names no public method");
                }
            });
        }
    }

    // ---- shared parts ---------------------------------------------------------------------------------------------

    /** Velocity resources: names Jira knows, the required ones present, every file in the plugin. */
    private static void velocity(Element e, Plugin plugin, Set<String> known, Set<String> required, List<String> problems) {
        List<String> names = new ArrayList<>();
        for (Element r : children(e, "resource")) {
            if ("velocity".equals(r.getAttribute("type"))) {
                names.add(r.getAttribute("name"));
                if (!known.contains(r.getAttribute("name"))) {
                    problems.add("velocity resource \"" + r.getAttribute("name") + "\" is none Jira renders");
                }
                file(plugin, r.getAttribute("location"), problems);
            }
        }
        required.stream().filter(n -> !names.contains(n)).sorted()
                .forEach(n -> problems.add("no velocity resource \"" + n + "\""));
    }

    /** Conditions are plugin classes implementing Condition, or Jira's own ones the sandbox models. */
    private static void conditions(Element e, List<String> problems) {
        BuiltInConditions jira = new BuiltInConditions(mock(JiraAuthenticationContext.class),
                mock(GlobalPermissionManager.class), mock(PermissionManager.class));
        for (Element c : children(e)) {
            if ("conditions".equals(c.getTagName())) {
                conditions(c, problems);
            } else if ("condition".equals(c.getTagName())) {
                String name = c.getAttribute("class");
                if (jira.isBuiltIn(name)) {
                    if (jira.create(name).isEmpty()) {
                        problems.add("Jira condition " + name + " is unknown");
                    }
                } else {
                    implementsType(name, Condition.class, problems);
                }
            }
        }
    }

    private static void implementsType(String className, Class<?> type, List<String> problems) {
        load(className, problems).ifPresent(c -> {
            if (!type.isAssignableFrom(c)) {
                problems.add(className + " is not a " + type.getName());
            }
        });
    }

    private static java.util.Optional<Class<?>> load(String className, List<String> problems) {
        try {
            return java.util.Optional.of(Class.forName(className, false, DescriptorContractTest.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError ex) {
            problems.add("class " + className + " not found");
            return java.util.Optional.empty();
        }
    }

    private static void file(Plugin plugin, String location, List<String> problems) {
        if (!Files.isRegularFile(plugin.dir().resolve(location.startsWith("/") ? location.substring(1) : location))) {
            problems.add(location + " is not in the plugin");
        }
    }

    private static String parameterList(Method m) {
        return String.join(",", Arrays.stream(m.getParameterTypes()).map(Class::getName).toList());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Element parse(byte[] xml) {
        try (InputStream in = new ByteArrayInputStream(xml)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("atlassian-plugin.xml cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                list.add(el);
            }
        }
        return list;
    }

    private static List<Element> children(Element parent, String tag) {
        return children(parent).stream().filter(c -> tag.equals(c.getTagName())).toList();
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent, tag).stream().map(c -> c.getTextContent().trim()).toList();
    }
}
