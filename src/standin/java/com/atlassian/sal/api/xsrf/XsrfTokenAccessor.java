package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stand-in, compile-only, never bundled. Mirrors SAL XsrfTokenAccessor (since SAL 2.4; javax form implemented by Confluence 9.4.0,
 * platform 7). The jakarta form on platform 8 is inferred from SAL's jakarta XsrfTokenValidator, not seen [?].
 */
public interface XsrfTokenAccessor {
    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
