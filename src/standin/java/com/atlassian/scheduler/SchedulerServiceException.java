package com.atlassian.scheduler;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-scheduler-api {@code SchedulerServiceException}: a checked
 * exception ({@code extends Exception}) with (String) and (String, Throwable) constructors (public decompiled copy, CFR,
 * index id 41936562237; thrown by {@code SchedulerService#scheduleJob} in DOCS atlassian-scheduler-api 1.6.0).
 */
public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
