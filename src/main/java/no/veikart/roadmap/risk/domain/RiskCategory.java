package no.veikart.roadmap.risk.domain;

/** What a risk threatens or comes from; the keys are part of the REST contract. */
public enum RiskCategory {
    PEOPLE,
    ORGANISATION,
    TECHNOLOGY,
    INFORMATION_SECURITY,
    ECONOMY,
    SUPPLIER,
    LEGAL
}
