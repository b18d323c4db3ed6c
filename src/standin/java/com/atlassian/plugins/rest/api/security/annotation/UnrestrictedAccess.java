package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in, compile-only, never bundled. Mirrors REST v2 access annotation UnrestrictedAccess: everyone, including unauthenticated callers (DAC 'Preparing for secure endpoints', Platform 7/8; alanmosely 2.1.0, clouless/confluence10-demo-app).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
