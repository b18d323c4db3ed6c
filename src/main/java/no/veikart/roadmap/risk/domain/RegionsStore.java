package no.veikart.roadmap.risk.domain;

/** The matrix regions as stored for every node, changed only while they are still what the administrator saw. */
public interface RegionsStore extends RiskSettings {
    /** Stores {@code next} if the regions in force are still {@code expected}; false when another change came first. */
    boolean replace(MatrixRegions expected, MatrixRegions next);
}
