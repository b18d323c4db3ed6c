package com.opensymphony.workflow.loader;

/**
 * Stand-in, compile-only, never bundled. Mirrors OSWorkflow's {@code com.opensymphony.workflow.loader.AbstractDescriptor},
 * the base of the validator/condition/function descriptors a workflow plugin factory is handed. Seen on Jira 11.0:
 * atlassian-labs/atlassian-slack-integration-server {@code .../postfunction/SlackPostFunctionFactory.java} (imports
 * it and overrides {@code getVelocityParamsForView(Map, AbstractDescriptor)}); Jira 6.3
 * {@code jira-reference-plugin/.../workflow/ReferenceWorkflowModuleFactory.java} (turgaycelik/mysource). The plugin
 * uses it only as a parameter type, so no member is mirrored.
 */
public abstract class AbstractDescriptor {
}
