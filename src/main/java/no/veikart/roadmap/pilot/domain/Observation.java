package no.veikart.roadmap.pilot.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a pilot log: what was seen on a day, about which dimension, written by whom (Jira user key). */
public record Observation(long id, long initiativeId, int round, LocalDate date, Dimension dimension, String text,
        String authorKey, Instant createdAt) {
}
