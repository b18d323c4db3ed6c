package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Stand-in, compile-only, never bundled. Mirrors SAL XsrfTokenValidator (since SAL 2.4; decompiled public copy); servlet type is jakarta on
 * platform 8: Bamboo 12.1.3 {@code BambooDelegatingXsrfTokenValidator} and Crowd 7.0.0 {@code CrowdXsrfTokenValidator}
 * implement {@code validateFormEncodedToken(jakarta.servlet.http.HttpServletRequest)} (docs.atlassian.com javadoc).
 */
public interface XsrfTokenValidator {
    boolean validateFormEncodedToken(HttpServletRequest request);

    String getXsrfParameterName();
}
