package no.veikart.roadmap.risk.domain;

/** The region of the 5×5 matrix a score falls in (see {@link MatrixRegions}). */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
