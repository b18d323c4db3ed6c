package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-scheduler-api {@code JobConfig}, a final immutable value
 * (public decompiled copy, CFR, index id 42179124412; reference §9): {@code forJobRunnerKey(key)} defaults to
 * RUN_ONCE_PER_CLUSTER and run-once-now, {@code withRunMode}/{@code withSchedule} return altered copies. Parameters
 * ({@code withParameters}/{@code getParameters}) are not used and not declared.
 */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode != null ? runMode : RunMode.RUN_ONCE_PER_CLUSTER;
        this.schedule = schedule != null ? schedule : Schedule.forInterval(0L, null);
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(Objects.requireNonNull(jobRunnerKey, "jobRunnerKey"), null, null);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public JobConfig withRunMode(RunMode newRunMode) {
        return new JobConfig(jobRunnerKey, newRunMode, schedule);
    }

    public JobConfig withSchedule(Schedule newSchedule) {
        return new JobConfig(jobRunnerKey, runMode, newSchedule);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobConfig && ((JobConfig) o).jobRunnerKey.equals(jobRunnerKey)
                && ((JobConfig) o).runMode == runMode && ((JobConfig) o).schedule.equals(schedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobRunnerKey, runMode, schedule);
    }

    @Override
    public String toString() {
        return "JobConfig[jobRunnerKey=" + jobRunnerKey + ",runMode=" + runMode + ",schedule=" + schedule + "]";
    }
}
