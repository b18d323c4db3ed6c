package no.veikart.roadmap.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.opensymphony.workflow.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import no.veikart.roadmap.phase.domain.InitiativeRepository;
import no.veikart.roadmap.phase.workflow.PhaseGateValidator;
import no.veikart.roadmap.phase.workflow.PhaseGateValidatorFactory;
import no.veikart.roadmap.platform.i18n.BundleTexts;
import no.veikart.roadmap.sandbox.host.DescriptorParser;
import no.veikart.roadmap.sandbox.host.ModuleFactory;
import no.veikart.roadmap.sandbox.host.PluginDescriptor;
import no.veikart.roadmap.sandbox.host.WiringException;
import no.veikart.roadmap.sandbox.host.WorkflowModules;
import no.veikart.roadmap.sandbox.velocity.SandboxTemplateRenderer;
import org.junit.Test;

/** The sandbox hosts {@code workflow-validator} modules by the rules of Jira's WorkflowValidatorModuleDescriptor. */
public class WorkflowModulesTest {

    private static final String GATE_FACTORY = PhaseGateValidatorFactory.class.getName();
    private static final String GATE_VALIDATOR = PhaseGateValidator.class.getName();

    private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    private final ModuleFactory modules = mock(ModuleFactory.class);

    public WorkflowModulesTest() {
        when(modules.load(anyString(), anyString())).thenAnswer(call -> Class.forName(call.getArgument(0)));
        when(modules.create(eq(GATE_FACTORY), eq(WorkflowPluginValidatorFactory.class), anyString()))
                .thenAnswer(call -> new PhaseGateValidatorFactory(new BundleTexts(), auth));
        when(modules.create(eq(GATE_VALIDATOR), eq(Validator.class), anyString()))
                .thenAnswer(call -> new PhaseGateValidator(mock(InitiativeRepository.class), auth, new BundleTexts(),
                        no.veikart.roadmap.phase.domain.GateCondition.NONE));
        when(auth.getLocale()).thenReturn(Locale.forLanguageTag("nb"));
    }

    @Test
    public void aValidatorDeclaredWithAFunctionFactoryStopsTheStartNamingTheClass() throws IOException {
        String factory = "no.veikart.roadmap.testsupport.workflow.FunctionFactory";
        WorkflowModules workflows = host(validator(factory, GATE_VALIDATOR, ""));

        WiringException e = assertThrows(WiringException.class, workflows::enableAll);

        assertThat(e.getMessage(), containsString(factory));
        assertThat(e.getMessage(), containsString("WorkflowPluginValidatorFactory"));
    }

    @Test
    public void aValidatorWithoutValidatorClassStopsTheStart() throws IOException {
        String xml = "<workflow-validator key=\"gate\" class=\"" + GATE_FACTORY + "\"/>";

        WiringException e = assertThrows(WiringException.class, host(xml)::enableAll);

        assertThat(e.getMessage(), containsString("validator-class"));
    }

    @Test
    public void thePhaseGateFactoryGivesTheViewAndInputTemplatesTheirTextsInTheAdminsLanguage() throws IOException {
        WorkflowModules workflows = host(validator(GATE_FACTORY, GATE_VALIDATOR,
                "<resource type=\"velocity\" name=\"view\" location=\"velocity/phase/gate-validator-view.vm\"/>"
                + "<resource type=\"velocity\" name=\"input-parameters\" location=\"velocity/phase/gate-validator-input.vm\"/>"))
                .enableAll();

        String view = workflows.html("gate", WorkflowModules.VIEW).trim();
        String input = workflows.html("gate", WorkflowModules.INPUT_PARAMETERS);

        String description = new BundleTexts().text(Locale.forLanguageTag("nb"), "roadmap.workflow.validator.description");
        assertEquals(description, view);
        assertThat(input, containsString("<p>" + description + "</p>"));
        assertThat(input, containsString(new BundleTexts().text(Locale.forLanguageTag("nb"),
                "roadmap.workflow.validator.noSettings")));
        assertEquals("a resource the module lacks renders nothing", "", workflows.html("gate", WorkflowModules.EDIT_PARAMETERS));
        assertTrue(workflows.validator("gate") instanceof PhaseGateValidator);
    }

    private static String validator(String factory, String validator, String resources) {
        return "<workflow-validator key=\"gate\" class=\"" + factory + "\"><validator-class>" + validator
                + "</validator-class>" + resources + "</workflow-validator>";
    }

    private WorkflowModules host(String module) throws IOException {
        String xml = "<atlassian-plugin key=\"test\">" + module + "</atlassian-plugin>";
        PluginDescriptor descriptor = DescriptorParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return new WorkflowModules(descriptor, modules, new SandboxTemplateRenderer(Set.of()));
    }
}
