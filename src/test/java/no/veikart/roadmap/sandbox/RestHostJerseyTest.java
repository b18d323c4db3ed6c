package no.veikart.roadmap.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import jakarta.servlet.Servlet;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import no.veikart.roadmap.sandbox.host.ModuleFactory;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.RestModule;
import no.veikart.roadmap.sandbox.host.PluginRoot;
import no.veikart.roadmap.sandbox.host.WiringException;
import no.veikart.roadmap.sandbox.rest.JerseyConstructors;
import no.veikart.roadmap.sandbox.rest.RestHost;
import no.veikart.roadmap.testsupport.jersey.Greeting;
import no.veikart.roadmap.testsupport.jersey.good.InjectedResource;
import org.junit.After;
import org.junit.Test;

/**
 * The sandbox's REST host builds resources and providers the way Jersey/HK2 does in REST v2 (one {@code
 * @jakarta.inject.Inject} constructor, or only a public no-arg one) and refuses to start otherwise, naming the class.
 * The fixtures live under {@code no.veikart.roadmap.testsupport.jersey} in the test classes, scanned as a plugin root.
 */
public class RestHostJerseyTest {

    private static final String FIXTURES = "no.veikart.roadmap.testsupport.jersey.";

    private final PluginRoot root = testClassesRoot();
    private final List<Class<?>> built = new ArrayList<>();
    private final ModuleFactory modules = modules();

    @After
    public void closeRoot() {
        root.close();
    }

    @Test
    public void aResourceWithAnInjectConstructorAndANoArgProviderAreServed() {
        Servlet servlet = serve("good");

        assertNotNull(servlet);
        assertEquals(2, built.size());
        assertTrue(built.toString(), built.contains(InjectedResource.class));
    }

    @Test
    public void aResourceWhoseDependencyTakingConstructorLacksInjectStopsTheStartNamingTheClass() {
        WiringException e = assertThrows(WiringException.class, () -> serve("noinject"));

        assertThat(e.getMessage(), containsString(FIXTURES + "noinject.UnannotatedResource"));
        assertThat(e.getMessage(), containsString("@jakarta.inject.Inject"));
        assertEquals("nothing of the module is built", List.of(), built);
    }

    @Test
    public void twoInjectConstructorsStopTheStart() {
        WiringException e = assertThrows(WiringException.class, () -> serve("twoinject"));

        assertThat(e.getMessage(), containsString(FIXTURES + "twoinject.TwoInjectProvider"));
    }

    @Test
    public void theInjectConstructorIsTheOneJerseyUsesEvenBesideAPublicNoArgOne() throws Exception {
        Constructor<?> chosen = JerseyConstructors.check(InjectedResource.class, "test");

        assertEquals(InjectedResource.class.getConstructor(Greeting.class), chosen);
    }

    @Test
    public void everyResourceAndProviderOfThePluginIsBuiltTheJerseyWay() {
        List<String> checked = new ArrayList<>();
        try (PluginRoot plugin = PluginRoot.locate(getClass().getClassLoader(), Paths.get("target", "classes"))) {
            for (String name : plugin.classNamesUnder("no.veikart.roadmap")) {
                Class<?> type = load(name);
                if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                    JerseyConstructors.check(type, "plugin");
                    checked.add(type.getSimpleName());
                }
            }
        }
        assertTrue("the plugin's REST classes were found: " + checked, checked.size() >= 10);
    }

    private Servlet serve(String fixturePackage) {
        return RestHost.servlet(new RestModule("fixture", "/fixture", "1.0", List.of(FIXTURES + fixturePackage)), root,
                modules, mock(JiraAuthenticationContext.class), mock(GlobalPermissionManager.class));
    }

    /** Loads fixture classes and builds them with the Greeting bean, recording what was built. */
    private ModuleFactory modules() {
        ModuleFactory factory = mock(ModuleFactory.class);
        when(factory.load(anyString(), anyString())).thenAnswer(call -> load(call.getArgument(0)));
        when(factory.create(any(Class.class), anyString())).thenAnswer(call -> {
            Class<?> type = call.getArgument(0);
            built.add(type);
            Constructor<?> c = JerseyConstructors.check(type, "test");
            return c.getParameterCount() == 0 ? c.newInstance() : c.newInstance(new Greeting());
        });
        return factory;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RestHostJerseyTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** The test classes as a plugin root: a loader that has no atlassian-plugin.xml falls back to the directory. */
    private static PluginRoot testClassesRoot() {
        URL fixtures = Greeting.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader noDescriptor = new ClassLoader(RestHostJerseyTest.class.getClassLoader()) {
            @Override
            public URL getResource(String name) {
                return "atlassian-plugin.xml".equals(name) ? null : super.getResource(name);
            }
        };
        try {
            return PluginRoot.locate(noDescriptor, Paths.get(fixtures.toURI()));
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
