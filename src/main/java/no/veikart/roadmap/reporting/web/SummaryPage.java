package no.veikart.roadmap.reporting.web;

import java.util.List;

/** The printable political summary: one block per organisational unit, everything formatted in the reader's language. */
public record SummaryPage(String language, String title, String generated, String currency, boolean empty,
        List<SummaryUnit> units) {
}
