package no.veikart.roadmap.risk.domain;

/**
 * The regions of the 5×5 risk matrix by score (likelihood × consequence, 1…25): up to {@code lowMax} is low, up to
 * {@code mediumMax} medium, above it high. Levels are always computed from the score, never stored, so new regions
 * recompute every level.
 */
public record MatrixRegions(int lowMax, int mediumMax) {
    /** 1–4 low, 5–9 medium, 10–25 high. */
    public static final MatrixRegions DEFAULT = new MatrixRegions(4, 9);

    public MatrixRegions {
        if (lowMax < 1 || mediumMax <= lowMax || mediumMax >= 25) {
            throw new IllegalArgumentException("regions must satisfy 1 <= lowMax < mediumMax < 25");
        }
    }

    public RiskLevel level(int score) {
        if (score <= lowMax) {
            return RiskLevel.LOW;
        }
        return score <= mediumMax ? RiskLevel.MEDIUM : RiskLevel.HIGH;
    }
}
