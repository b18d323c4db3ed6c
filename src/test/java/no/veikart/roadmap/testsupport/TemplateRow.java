package no.veikart.roadmap.testsupport;

/** A view record of the plugin's own kind (top level, plugin package), for the sandbox's template allowlist tests. */
public record TemplateRow(String name, int count) {

    /** Never allowlisted by the tests. */
    public String secret() {
        return "not allowlisted";
    }
}
