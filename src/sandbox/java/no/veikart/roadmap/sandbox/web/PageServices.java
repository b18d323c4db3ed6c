package no.veikart.roadmap.sandbox.web;

import no.veikart.roadmap.sandbox.auth.SandboxXsrfTokens;
import no.veikart.roadmap.sandbox.host.CustomFieldModules;
import no.veikart.roadmap.sandbox.host.PluginDescriptor;
import no.veikart.roadmap.sandbox.host.WebFragments;
import no.veikart.roadmap.sandbox.jira.SandboxAuthenticationContext;
import no.veikart.roadmap.sandbox.jira.SandboxCommentManager;
import no.veikart.roadmap.sandbox.jira.SandboxCustomFields;
import no.veikart.roadmap.sandbox.jira.SandboxDashboards;
import no.veikart.roadmap.sandbox.jira.SandboxFilters;
import no.veikart.roadmap.sandbox.jira.SandboxGlobalPermissionManager;
import no.veikart.roadmap.sandbox.jira.SandboxIssueLinkManager;
import no.veikart.roadmap.sandbox.jira.SandboxIssueLinkTypeManager;
import no.veikart.roadmap.sandbox.jira.SandboxIssueManager;
import no.veikart.roadmap.sandbox.jira.SandboxPermissionManager;
import no.veikart.roadmap.sandbox.jira.SandboxProjectManager;
import no.veikart.roadmap.sandbox.jira.SandboxUsers;
import no.veikart.roadmap.sandbox.jira.UserProfiles;

/**
 * What the host's own pages read: the in-memory Jira, the logged-in user, the plugin's web fragments, its custom field
 * types, the users' dashboards and saved filters.
 */
public record PageServices(SandboxUsers users, SandboxAuthenticationContext auth, UserProfiles profiles,
        SandboxPermissionManager permissions, SandboxGlobalPermissionManager globalPermissions,
        SandboxProjectManager projects, SandboxIssueManager issues, SandboxIssueLinkManager links,
        SandboxIssueLinkTypeManager linkTypes, SandboxCommentManager comments, SandboxXsrfTokens xsrf,
        PluginDescriptor descriptor, WebFragments fragments, WebResources webResources, SandboxCustomFields customFields,
        CustomFieldModules fieldTypes, SandboxDashboards dashboards, SandboxFilters filters) {
}
