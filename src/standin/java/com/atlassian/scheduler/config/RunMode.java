package com.atlassian.scheduler.config;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-scheduler-api {@code RunMode} (DOCS atlassian-scheduler-api
 * 1.6.0 apidocs: RUN_LOCALLY, RUN_ONCE_PER_CLUSTER; "RUN_ONCE_PER_CLUSTER: the job will only run on one node of the
 * cluster each time that it triggers").
 */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
