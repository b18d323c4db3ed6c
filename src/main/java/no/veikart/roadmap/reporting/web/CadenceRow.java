package no.veikart.roadmap.reporting.web;

/** A project's cadence on the admin page; {@code custom} false while it keeps the default. */
public record CadenceRow(String projectKey, String projectName, int dueWorkingDay, long version, boolean custom) {
}
