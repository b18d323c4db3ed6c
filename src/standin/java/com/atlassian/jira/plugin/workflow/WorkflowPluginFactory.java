package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira's {@code WorkflowPluginFactory} (@PublicApi in jira-api):
 * Jira 6.3 source {@code jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.java}
 * (turgaycelik/mysource); both methods implemented by a Jira 11.0 factory in atlassian-labs/atlassian-slack-integration-server
 * {@code .../postfunction/SlackPostFunctionFactory.java}.
 */
public interface WorkflowPluginFactory {

    /** Parameters for the module's velocity resource: "view", "input-parameters" or "edit-parameters". */
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    /** The descriptor arguments from the submitted "input-parameters" form. */
    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
