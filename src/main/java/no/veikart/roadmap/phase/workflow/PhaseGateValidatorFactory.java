package no.veikart.roadmap.phase.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.Texts;

/**
 * The {@code workflow-validator} module's class: Jira's WorkflowValidatorModuleDescriptor is typed on
 * {@link WorkflowPluginValidatorFactory} and asks it for the parameters of the module's velocity resources (Jira 6.3
 * source, turgaycelik/mysource {@code jira-core/.../plugin/workflow/WorkflowValidatorModuleDescriptor.java}; Jira's
 * reference plugin declares its validator the same way, {@code ReferenceWorkflowModuleFactory}). The phase gate has
 * no settings: the templates get the sentences they show, in the administrator's language, and the validator gets no
 * arguments.
 */
public class PhaseGateValidatorFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginValidatorFactory {

    static final String SUMMARY = "gateSummary";
    static final String NO_SETTINGS = "gateNoSettings";

    private final Texts texts;
    private final JiraAuthenticationContext authenticationContext;

    public PhaseGateValidatorFactory(Texts texts, JiraAuthenticationContext authenticationContext) {
        this.texts = texts;
        this.authenticationContext = authenticationContext;
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put(SUMMARY, text("roadmap.workflow.validator.description"));
    }

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put(SUMMARY, text("roadmap.workflow.validator.description"));
        velocityParams.put(NO_SETTINGS, text("roadmap.workflow.validator.noSettings"));
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        getVelocityParamsForInput(velocityParams);
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of();
    }

    private String text(String key) {
        Locale locale = authenticationContext.getLocale();
        return texts.text(locale == null ? Locale.ENGLISH : locale, key);
    }
}
