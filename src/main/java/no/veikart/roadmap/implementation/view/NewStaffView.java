package no.veikart.roadmap.implementation.view;

/** New staff of a unit and how many of them are still untrained. */
public record NewStaffView(long id, String date, String dateDisplay, int count, int untrained) {
}
