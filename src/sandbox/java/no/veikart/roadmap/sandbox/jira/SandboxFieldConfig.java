package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.fields.config.FieldConfig;

/** The one field config of a sandbox custom field's config scheme (it holds a select list's options). */
public record SandboxFieldConfig(long id, long customFieldId) implements FieldConfig {
}
