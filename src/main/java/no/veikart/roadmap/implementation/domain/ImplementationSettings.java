package no.veikart.roadmap.implementation.domain;

/**
 * The thresholds of the warnings: training target in % of staff at go-live, months after go-live by which a
 * follow-up training is due, days new staff may stay untrained, weeks after go-live of the default monitoring date.
 */
public record ImplementationSettings(int trainingTargetPercent, int followUpMonths, int newStaffDays, int monitoringWeeks) {
    /** 90 %, 3 months, 30 days; monitoring six weeks after go-live (the seeds' "1–2 months"). */
    public static final ImplementationSettings DEFAULTS = new ImplementationSettings(90, 3, 30, 6);
}
