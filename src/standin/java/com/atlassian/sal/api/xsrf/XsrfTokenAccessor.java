package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stand-in, compile-only, never bundled. Mirrors SAL XsrfTokenAccessor (since SAL 2.4); servlet types are jakarta in SAL 7 (Jira 11).
 */
public interface XsrfTokenAccessor {
    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
