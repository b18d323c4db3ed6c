package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in, compile-only, never bundled. Mirrors REST v2 access annotation AnonymousSiteAccess: anonymous users too, when the site allows anonymous access (DAC 'Preparing for secure endpoints', Platform 7/8; alanmosely 2.1.0, clouless/confluence10-demo-app).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnonymousSiteAccess {
}
