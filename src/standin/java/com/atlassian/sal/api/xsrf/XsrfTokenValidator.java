package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Stand-in, compile-only, never bundled. Mirrors SAL XsrfTokenValidator (since SAL 2.4; decompiled public copy); servlet type is jakarta in SAL 7 (Jira 11).
 */
public interface XsrfTokenValidator {
    boolean validateFormEncodedToken(HttpServletRequest request);

    String getXsrfParameterName();
}
