package com.atlassian.sal.api.lifecycle;

/**
 * Stand-in, compile-only, never bundled. Mirrors SAL {@code LifecycleAware} as of SAL 3.0 (DOCS sal-parent 3.0.0
 * apidocs: {@code void onStart()}; {@code void onStop()} "will be invoked only if onStart() was invoked, when
 * dependencies are still available"; transformerless plugins export the bean as an OSGi service under this
 * interface). SAL 2.0 had only {@code onStart()} (public SAL source copies).
 */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
