package com.atlassian.scheduler.status;

import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-scheduler-api {@code JobDetails} (public decompiled copy,
 * CFR, index id 42272200457: getJobId, getJobRunnerKey, getRunMode, getSchedule, getNextRunTime, getParameters, ...).
 * The plugin only tests {@code getJobDetails(id) == null}; the sandbox lists the four getters declared here.
 */
public interface JobDetails {
    JobId getJobId();

    JobRunnerKey getJobRunnerKey();

    RunMode getRunMode();

    Schedule getSchedule();
}
