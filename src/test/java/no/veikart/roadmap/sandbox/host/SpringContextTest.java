package no.veikart.roadmap.sandbox.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.cluster.ClusterManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sandbox reads Spring XML with Spring itself and the Gemini namespace handler, and refuses what Jira would not
 * start: a reference to a service Jira 11 does not export, a mandatory reference no host service answers, a reference
 * handed to a bean that needs another type, Gemini attributes it does not model, an export of a bean that is not the
 * exported type, and module classes that need a host service the plugin never imported.
 */
public class SpringContextTest {

    private static final String GEMINI = GeminiNamespaceHandler.NAMESPACE;
    private static final AtomicInteger FILES = new AtomicInteger();

    private final IssueManager issues = mock(IssueManager.class);
    private final HostServices hosts = new HostServices().register(IssueManager.class, issues)
            .register(ProjectManager.class, mock(ProjectManager.class));

    /** A plugin bean that needs Jira's IssueManager. */
    public static final class NeedsIssues {
        final IssueManager issues;

        public NeedsIssues(IssueManager issues) {
            this.issues = issues;
        }
    }

    /** A plugin bean that uses an optional ClusterManager. */
    public static final class NeedsCluster {
        final ClusterManager cluster;

        public NeedsCluster(ClusterManager cluster) {
            this.cluster = cluster;
        }
    }

    /** A module class (servlet, condition…) built by constructor autowiring. */
    public static final class Module {
        final NeedsIssues beans;
        final IssueManager issues;

        public Module(NeedsIssues beans, IssueManager issues) {
            this.beans = beans;
            this.issues = issues;
        }
    }

    /** A module class that needs a host service no reference imports. */
    public static final class NeedsProjects {
        public NeedsProjects(ProjectManager projects) {
            // Never built: ProjectManager is registered by the host but not imported by the plugin.
        }
    }

    private static String xml(String rootAttributes, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<beans xmlns=\"http://www.springframework.org/schema/beans\"\n"
                + "       xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "       xmlns:osgi=\"" + GEMINI + "\" " + rootAttributes + "\n"
                + "       xsi:schemaLocation=\"http://www.springframework.org/schema/beans "
                + "http://www.springframework.org/schema/beans/spring-beans.xsd " + GEMINI + " " + GEMINI
                + "/gemini-blueprint.xsd\">\n" + body + "\n</beans>\n";
    }

    private static String bean(Class<?> type, String... refs) {
        StringBuilder b = new StringBuilder("<bean id=\"" + type.getSimpleName() + "\" class=\"" + type.getName() + "\">");
        for (String ref : refs) {
            b.append("<constructor-arg ref=\"").append(ref).append("\"/>");
        }
        return b.append("</bean>").toString();
    }

    private SpringContext load(String content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "spring-context-test"));
        Path file = dir.resolve("context-" + FILES.incrementAndGet() + ".xml");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return SpringContext.load(List.of(file), getClass().getClassLoader(), hosts);
    }

    private String refused(String content) throws IOException {
        try (SpringContext ctx = load(content)) {
            fail("the context started: " + ctx);
            return null;
        } catch (WiringException e) {
            return e.getMessage();
        }
    }

    @Test
    public void aReferenceGetsTheHostServiceRegisteredUnderExactlyItsInterface() throws IOException {
        try (SpringContext ctx = load(xml("osgi:default-timeout=\"30000\"",
                "<osgi:reference id=\"issueManager\" interface=\"" + IssueManager.class.getName() + "\"/>"
                        + bean(NeedsIssues.class, "issueManager")))) {
            assertSame(issues, ctx.beanOfType(NeedsIssues.class).orElseThrow().issues);
            Module module = ctx.autowirer().construct(Module.class, "servlet test");
            assertSame(issues, module.issues);
            assertSame(ctx.beanOfType(NeedsIssues.class).orElseThrow(), module.beans);
        }
    }

    @Test
    public void aReferenceToAServiceJiraDoesNotExportStopsTheStartNamingIt() throws IOException {
        // Loadable, so only the list can refuse it: a module interface, not a host service.
        String notExported = "com.atlassian.plugin.web.ContextProvider";
        String message = refused(xml("", "<osgi:reference id=\"contexts\" interface=\"" + notExported + "\"/>"));
        assertTrue(message, message.contains(notExported) && message.contains("not a service Jira 11 exports"));
    }

    @Test
    public void aMandatoryReferenceWithoutHostServiceStopsTheStartAfterTheRootsDefaultTimeout() throws IOException {
        String listedButAbsent = ClusterManager.class.getName();
        String message = refused(xml("osgi:default-timeout=\"30000\"", "<osgi:reference id=\"cluster\" interface=\""
                + listedButAbsent + "\"/>" + bean(NeedsCluster.class, "cluster")));
        assertTrue(message, message.contains("no host service is registered under exactly " + listedButAbsent));
        assertTrue("Gemini waits default-timeout: " + message, message.contains("wait 30000 ms"));
        String gemini = refused(xml("", "<osgi:reference id=\"cluster\" interface=\"" + listedButAbsent + "\"/>"));
        assertTrue("Gemini's own default: " + gemini, gemini.contains("wait 300000 ms"));
    }

    @Test
    public void aReferenceHandedToABeanOfAnotherTypeStopsTheStart() throws IOException {
        String message = refused(xml("", "<osgi:reference id=\"projectManager\" interface=\""
                + ProjectManager.class.getName() + "\"/>" + bean(NeedsIssues.class, "projectManager")));
        assertTrue(message, message.contains("NeedsIssues") && message.contains(IssueManager.class.getName()));
    }

    @Test
    public void anOptionalReferenceWithoutServiceStartsWithAProxyThatThrowsServiceUnavailable() throws IOException {
        try (SpringContext ctx = load(xml("osgi:default-timeout=\"30000\"", "<osgi:reference id=\"cluster\" interface=\""
                + ClusterManager.class.getName() + "\" availability=\"optional\" timeout=\"0\"/>"
                + bean(NeedsCluster.class, "cluster")))) {
            ClusterManager cluster = ctx.beanOfType(NeedsCluster.class).orElseThrow().cluster;
            try {
                cluster.getNodeId();
                fail("an optional reference without a service answered");
            } catch (ServiceUnavailableException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("(objectClass=" + ClusterManager.class.getName() + ")"));
            }
        }
    }

    @Test
    public void geminiFeaturesTheSandboxDoesNotModelAreRefused() throws IOException {
        String filter = refused(xml("", "<osgi:reference id=\"i\" interface=\"" + IssueManager.class.getName()
                + "\" filter=\"(name=x)\"/>"));
        assertTrue(filter, filter.contains("filter"));
        String list = refused(xml("", "<osgi:list id=\"all\" interface=\"" + IssueManager.class.getName() + "\"/>"));
        assertTrue(list, list.contains("osgi:list"));
        String badTimeout = refused(xml("osgi:default-timeout=\"soon\"", ""));
        assertTrue(badTimeout, badTimeout.contains("soon"));
    }

    @Test
    public void anExportOfABeanThatIsNotTheExportedTypeStopsTheStart() throws IOException {
        String message = refused(xml("", "<osgi:reference id=\"issueManager\" interface=\"" + IssueManager.class.getName()
                + "\"/>" + bean(NeedsIssues.class, "issueManager") + "<osgi:service ref=\"NeedsIssues\" "
                + "interface=\"com.atlassian.sal.api.lifecycle.LifecycleAware\"/>"));
        assertTrue(message, message.contains("not an instance of com.atlassian.sal.api.lifecycle.LifecycleAware"));
    }

    @Test
    public void moduleClassesGetOnlyWhatThePluginImported() throws IOException {
        try (SpringContext ctx = load(xml("", "<osgi:reference id=\"issueManager\" interface=\""
                + IssueManager.class.getName() + "\"/>"))) {
            ctx.autowirer().construct(NeedsProjects.class, "servlet needs-projects");
            fail("ProjectManager was never imported, yet the module class was built");
        } catch (WiringException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("servlet needs-projects")
                    && e.getMessage().contains(ProjectManager.class.getName()));
        }
    }

    /** The plugin's own XML: every root sets Gemini's timeout as the transformer does; only the four are optional. */
    @Test
    public void thePluginsReferencesAreStrictExceptTheSixWithoutAJira11Source() throws Exception {
        List<Path> files;
        try (var list = Files.list(Path.of("src", "main", "resources", "META-INF", "spring"))) {
            files = list.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertTrue("the plugin ships Spring XML", !files.isEmpty());
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        List<String> optional = new ArrayList<>();
        for (Path file : files) {
            Element root = dbf.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            assertEquals(file + " osgi:default-timeout", "30000", root.getAttributeNS(GEMINI, "default-timeout"));
            NodeList refs = root.getElementsByTagNameNS(GEMINI, "reference");
            for (int i = 0; i < refs.getLength(); i++) {
                Element ref = (Element) refs.item(i);
                String name = ref.getAttribute("interface");
                assertTrue(file + ": " + name + " is not on Jira11Services", Jira11Services.find(name).isPresent());
                if ("optional".equals(ref.getAttribute("availability"))) {
                    assertEquals(name + ": an optional reference fails at once instead of blocking a request thread",
                            "0", ref.getAttribute("timeout"));
                    optional.add(name.substring(name.lastIndexOf('.') + 1));
                }
            }
        }
        optional.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(List.of("ClusterManager", "DateFieldFormat", "LocaleResolver", "MailQueue", "RequestCacheFactory",
                "TransactionalExecutorFactory"), optional);
    }
}
