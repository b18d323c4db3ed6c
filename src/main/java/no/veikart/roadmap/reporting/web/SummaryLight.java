package no.veikart.roadmap.reporting.web;

/** One traffic light: the aspect, the light's name in the reader's language and a CSS modifier (green|amber|red|none). */
public record SummaryLight(String aspect, String name, String css) {
}
