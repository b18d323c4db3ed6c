package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-scheduler-api {@code Schedule}, a final immutable value
 * (public decompiled copy, CFR, index id 41815715470): {@code forInterval(long intervalInMillis, Date firstRunTime)}
 * (interval ≥ 0, first run null = now) with value equality. Only the interval form is declared; the real class also
 * has {@code runOnce(Date)}, the cron forms and {@code getType()/getIntervalScheduleInfo()/getCronScheduleInfo()}.
 */
public final class Schedule {
    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule && ((Schedule) o).intervalInMillis == intervalInMillis
                && Objects.equals(((Schedule) o).firstRunTime, firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(intervalInMillis, firstRunTime);
    }

    @Override
    public String toString() {
        return "Schedule[type=INTERVAL,intervalScheduleInfo=IntervalScheduleInfo[firstRunTime=" + firstRunTime
                + ",intervalInMillis=" + intervalInMillis + "]]";
    }
}
