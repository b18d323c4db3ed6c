package no.veikart.roadmap.sandbox.web;

import java.util.List;

/**
 * One host page: its title, body class, web resource contexts beyond {@code atl.general}/{@code jira.general},
 * extra head markup and the main content (HTML, already escaped).
 */
record Page(String title, String bodyClass, List<String> contexts, String extraHead, String main) {

    static Page of(String title, String bodyClass, String main, String... contexts) {
        return new Page(title, bodyClass, List.of(contexts), "", main);
    }
}
