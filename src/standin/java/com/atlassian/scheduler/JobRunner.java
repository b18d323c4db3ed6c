package com.atlassian.scheduler;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-scheduler-api {@code JobRunner}: one method
 * {@code @Nullable JobRunnerResponse runJob(JobRunnerRequest)} (DOCS atlassian-scheduler-api 1.6.0; implemented that way
 * by public plugin code, e.g. reference §9 S-MR {@code OldExecutionDeletionScheduler}).
 */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
