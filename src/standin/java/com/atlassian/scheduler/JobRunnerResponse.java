package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-scheduler-api {@code JobRunnerResponse}, a final immutable
 * class with static factories {@code success()}, {@code success(String)}, {@code aborted(String)},
 * {@code failed(String)}, {@code failed(Throwable)} and getters {@code getRunOutcome()}, {@code getMessage()} (public
 * decompiled copy, CFR, index id 42185443662; factories also in reference §9). The real class truncates messages to
 * 255 characters; so does this one. Only the members the plugin and the sandbox use.
 */
public final class JobRunnerResponse {
    private static final int MAXIMUM_MESSAGE_LENGTH = 255;

    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message == null || message.length() <= MAXIMUM_MESSAGE_LENGTH ? message
                : message.substring(0, MAXIMUM_MESSAGE_LENGTH);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse failed(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("The message must be specified when reporting a job as failed!");
        }
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return "JobRunnerResponse[runOutcome=" + runOutcome + ",message='" + message + "']";
    }
}
