package no.veikart.roadmap.implementation.view;

/**
 * One shift of a unit in the coverage grid: the super-users covering it today; {@code gap} when nobody does (red),
 * {@code gapFrom} the first day without cover (today or an announced leaver's day after), null when covered for good.
 */
public record CoverageCellView(String shift, String shiftName, String names, boolean gap, String gapFrom,
        String gapFromDisplay) {
}
