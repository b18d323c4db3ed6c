package no.veikart.roadmap.stakeholder.domain;

/** How a stakeholder takes part, from least to most (the usual participation ladder); part of the REST contract. */
public enum Involvement {
    INFORM,
    CONSULT,
    INVOLVE,
    COLLABORATE,
    EMPOWER;

    public String labelKey() {
        return "roadmap.stakeholder.involvement." + name();
    }
}
