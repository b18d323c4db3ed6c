package no.veikart.roadmap.pilot.domain;

/** One evaluation dimension: a rating 1 (poor) to 5 (very good) and what was found. */
public record Rating(int rating, String text) {
    public static final int MIN = 1;
    public static final int MAX = 5;
}
