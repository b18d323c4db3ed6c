package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.HashMap;
import java.util.Map;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira's {@code AbstractWorkflowPluginFactory}: Jira 6.3 source
 * {@code jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/workflow/AbstractWorkflowPluginFactory.java}
 * (turgaycelik/mysource); the three protected abstract methods are overridden with these exact signatures by a Jira
 * 11.0 factory, atlassian-labs/atlassian-slack-integration-server {@code .../postfunction/SlackPostFunctionFactory.java}.
 * {@link #getVelocityParams} dispatches on the resource name as the 6.3 source does (the sandbox runs this copy).
 * The 6.3 helpers {@code extractSingleParam}, {@code extractMultipleParams} and {@code createMap} are left out: the
 * plugin calls none of them.
 */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {

    @Override
    public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        Map<String, Object> velocityParams = new HashMap<>();
        if ("view".equals(resourceName)) {
            getVelocityParamsForView(velocityParams, descriptor);
        } else if ("input-parameters".equals(resourceName)) {
            getVelocityParamsForInput(velocityParams);
        } else if ("edit-parameters".equals(resourceName)) {
            getVelocityParamsForEdit(velocityParams, descriptor);
        }
        return velocityParams;
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}
