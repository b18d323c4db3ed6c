package no.veikart.roadmap.common.domain;

import java.util.Locale;

/** Localised text for what the roadmap writes into Jira (issue summaries, comments). */
public interface Texts {
    String text(Locale locale, String key, Object... args);

    /** Whether a text exists for the key (in the base language). */
    default boolean has(String key) {
        return false;
    }
}
