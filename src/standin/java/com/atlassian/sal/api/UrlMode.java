package com.atlassian.sal.api;

/** Stand-in, compile-only, never bundled. Mirrors SAL {@code UrlMode} (sal-api 2.x-7.x). */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    CANONICAL,
    AUTO
}
