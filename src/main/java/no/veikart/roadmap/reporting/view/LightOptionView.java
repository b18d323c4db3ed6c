package no.veikart.roadmap.reporting.view;

/** A light the form offers, with its name in the reader's language. */
public record LightOptionView(String value, String name) {
}
