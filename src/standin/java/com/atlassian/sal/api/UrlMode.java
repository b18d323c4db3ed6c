package com.atlassian.sal.api;

/** Stand-in, compile-only, never bundled. Mirrors SAL {@code UrlMode} (sal-api 2.x-7.x); CANONICAL and RELATIVE used on
 * platform 8 by atlassian-slack-integration-server (docs/jira-fidelity.md). */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    CANONICAL,
    AUTO
}
