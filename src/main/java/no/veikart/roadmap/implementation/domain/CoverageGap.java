package no.veikart.roadmap.implementation.domain;

import java.time.LocalDate;

/** A shift of a unit without a super-user from {@code from} on (today or earlier: a gap now; later: an announced one). */
public record CoverageGap(long unitId, String unitName, Shift shift, LocalDate from) {
    public boolean current(LocalDate today) {
        return !from.isAfter(today);
    }
}
