package no.veikart.roadmap.risk.domain;

import java.time.LocalDate;
import java.util.List;

/** Risks for tests: a builder-like factory with the fields the rules look at. */
final class Risks {
    private Risks() {
    }

    static Risk risk(long id, String title, int l, int c, Integer rl, Integer rc, List<Measure> measures, Acceptance a,
            LocalDate nextReview) {
        return new Risk(id, 1, title, null, null, RiskCategory.TECHNOLOGY, l, c, rl, rc, null, a, null, nextReview, measures, 0);
    }

    static Risk risk(long id, String title, int l, int c) {
        return risk(id, title, l, c, null, null, List.of(), null, null);
    }

    static Measure measure(long id, String text, LocalDate due, MeasureStatus status) {
        return new Measure(id, text, null, due, status, null);
    }
}
