package no.veikart.roadmap.common.domain;

import java.util.Locale;

/** Localised text for what the roadmap writes into Jira (issue summaries, comments). */
public interface Texts {
    String text(Locale locale, String key, Object... args);
}
