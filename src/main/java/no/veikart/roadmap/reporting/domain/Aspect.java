package no.veikart.roadmap.reporting.domain;

/** The five lights of a status report, in the order the report shows them; the name is the JSON field. */
public enum Aspect {
    OVERALL("overall"),
    PHASE("phase"),
    GAINS("gains"),
    ANCHORING("anchoring"),
    RISKS("risks");

    private final String field;

    Aspect(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** i18n key of the aspect's label. */
    public String labelKey() {
        return "roadmap.reporting.field." + field;
    }
}
