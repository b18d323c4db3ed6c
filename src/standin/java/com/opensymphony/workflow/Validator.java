package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import java.util.Map;

/**
 * Stand-in, compile-only, never bundled. Mirrors OSWorkflow {@code Validator} as implemented by Jira workflow
 * validators ({@code validate(Map transientVars, Map args, PropertySet ps)}; transientVars holds the "issue").
 */
public interface Validator {
    @SuppressWarnings("rawtypes")
    void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException;
}
