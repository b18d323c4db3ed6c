package no.veikart.roadmap.testsupport.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * A workflow plugin factory that is no validator factory, like Jira's WorkflowNoInputPluginFactory (6.3 jira-core:
 * {@code extends AbstractWorkflowPluginFactory implements WorkflowPluginFunctionFactory}).
 */
public class FunctionFactory extends AbstractWorkflowPluginFactory {

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        // no settings
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        // no settings
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        // no settings
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of();
    }
}
