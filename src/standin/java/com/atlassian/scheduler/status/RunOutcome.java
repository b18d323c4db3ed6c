package com.atlassian.scheduler.status;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-scheduler-api {@code RunOutcome} (public decompiled copy,
 * CFR, index id 41814491513: SUCCESS, UNAVAILABLE, ABORTED, FAILED).
 */
public enum RunOutcome {
    SUCCESS,
    UNAVAILABLE,
    ABORTED,
    FAILED
}
