package no.veikart.roadmap.risk.domain;

/** The matrix regions in force (shared by every node); {@link MatrixRegions#DEFAULT} until an administrator changes them. */
@FunctionalInterface
public interface RiskSettings {
    RiskSettings DEFAULT = () -> MatrixRegions.DEFAULT;

    MatrixRegions regions();
}
