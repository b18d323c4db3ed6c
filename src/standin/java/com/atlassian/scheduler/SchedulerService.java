package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.status.JobDetails;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-scheduler-api {@code SchedulerService} (@PublicApi): DOCS
 * atlassian-scheduler-api 1.2 / 1.6.0 apidocs and a newer public decompiled copy (CFR, index id 41995893460, which adds
 * {@code getJobsByJobRunnerKeys}); Bamboo 10.2 implements the same interface. The platform's scheduler in Jira 11 [?]
 * (package exported per reference §9). Only the members this plugin and the sandbox use.
 */
public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    /** Creates or replaces the job with this id. */
    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    /** The job with this id, or null when none is scheduled (real: {@code @CheckForNull}). */
    JobDetails getJobDetails(JobId jobId);
}
