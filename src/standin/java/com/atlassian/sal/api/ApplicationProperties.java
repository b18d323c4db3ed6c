package com.atlassian.sal.api;

/**
 * Stand-in, compile-only, never bundled. Mirrors SAL {@code ApplicationProperties#getBaseUrl(UrlMode)}
 * (public SAL source; used by atlassian-slack-integration-server on Jira 11).
 */
public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
