package no.veikart.roadmap.pilot.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the pilot needs of one gain: its title and each measurement's % realised (by date). */
public record GainFact(long id, String title, List<Point> measured) {
    public GainFact {
        measured = List.copyOf(measured);
    }

    public record Point(LocalDate date, BigDecimal realisedPercent) {
    }
}
