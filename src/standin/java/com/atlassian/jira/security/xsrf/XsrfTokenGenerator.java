package com.atlassian.jira.security.xsrf;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Stand-in, compile-only, never bundled. Mirrors jira-api's XsrfTokenGenerator as far as the plugin uses it: the
 * members as in the Jira 6.3 source (turgaycelik/mysource
 * jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/xsrf/XsrfTokenGenerator.java;
 * {@code generateToken()} uses the executing request and sets the {@code atlassian.xsrf.token} cookie), with the
 * servlet type jakarta as on Jira 11.3.10 (alanmosely/basic-jira-development-panels 2.x calls
 * {@code validateToken(jakarta request, token)}; atlassian-reference.md §11).
 */
public interface XsrfTokenGenerator {
    String generateToken();

    String getXsrfTokenName();

    boolean validateToken(HttpServletRequest request, String token);
}
