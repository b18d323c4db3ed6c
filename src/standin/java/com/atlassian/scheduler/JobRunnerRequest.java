package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobId;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-scheduler-api {@code JobRunnerRequest} (public decompiled
 * copy, CFR, index id 42074717751: getStartTime, getJobId, getJobConfig, isCancellationRequested). Only
 * {@code getJobId()} is used.
 */
public interface JobRunnerRequest {
    JobId getJobId();
}
