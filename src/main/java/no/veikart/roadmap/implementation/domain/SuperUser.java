package no.veikart.roadmap.implementation.domain;

import java.time.LocalDate;

/**
 * A super-user of one shift of a unit: a Jira user ({@code userKey}) or a name; {@code from} null means since ever,
 * {@code to} (their last day) null means open-ended.
 */
public record SuperUser(long id, String name, String userKey, Shift shift, LocalDate from, LocalDate to) {
    /** Whether they are super-user of their shift on {@code day}. */
    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
