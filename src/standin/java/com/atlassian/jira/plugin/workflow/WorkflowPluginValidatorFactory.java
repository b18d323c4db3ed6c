package com.atlassian.jira.plugin.workflow;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira's {@code WorkflowPluginValidatorFactory} (@PublicSpi, no
 * members of its own): Jira 6.3 source {@code jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/workflow/WorkflowPluginValidatorFactory.java}
 * (turgaycelik/mysource). {@code WorkflowValidatorModuleDescriptor extends AbstractWorkflowModuleDescriptor<WorkflowPluginValidatorFactory>}
 * and casts its module to it (6.3 jira-core); Jira's reference plugin declares its validator with such a factory
 * ({@code ReferenceWorkflowModuleFactory}). Jira 11 presence [?]: only the 6.3 source shows it.
 */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
