package no.veikart.roadmap.risk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The register's rules: levels, what still needs treatment, warnings, the two heat maps and the sort orders. */
public final class RiskRules {
    public static final int SCALE = 5;

    private RiskRules() {
    }

    public static RiskLevel level(Risk risk, MatrixRegions regions) {
        return regions.level(risk.score());
    }

    public static RiskLevel residualLevel(Risk risk, MatrixRegions regions) {
        return regions.level(risk.residualScore());
    }

    /** A risk that stays high after measures with neither a measure nor an acceptance: the gate stops on these. */
    public static boolean untreated(Risk risk, MatrixRegions regions) {
        return residualLevel(risk, regions) == RiskLevel.HIGH && risk.measures().isEmpty() && risk.acceptance() == null;
    }

    public static List<Risk> untreated(List<Risk> risks, MatrixRegions regions) {
        return risks.stream().filter(r -> untreated(r, regions)).toList();
    }

    /** Warnings in register order: per risk untreated, then review overdue, then its overdue measures. */
    public static List<RiskWarning> warnings(List<Risk> risks, MatrixRegions regions, LocalDate today) {
        List<RiskWarning> warnings = new ArrayList<>();
        for (Risk r : risks) {
            Verbatim title = new Verbatim(r.title());
            if (untreated(r, regions)) {
                warnings.add(new RiskWarning(RiskWarning.HIGH_UNTREATED, "roadmap.risk.warning.highUntreated", r.id(), null,
                        List.of(title)));
            }
            if (r.reviewOverdue(today)) {
                warnings.add(new RiskWarning(RiskWarning.REVIEW_OVERDUE, "roadmap.risk.warning.reviewOverdue", r.id(), null,
                        List.of(title, r.nextReview().toString())));
            }
            for (Measure m : r.measures()) {
                if (m.overdue(today)) {
                    warnings.add(new RiskWarning(RiskWarning.MEASURE_OVERDUE, "roadmap.risk.warning.measureOverdue", r.id(),
                            m.id(), List.of(new Verbatim(m.text()), title, m.due().toString())));
                }
            }
        }
        return List.copyOf(warnings);
    }

    /** Counts per cell before measures: {@code [likelihood - 1][consequence - 1]}. */
    public static int[][] before(List<Risk> risks) {
        int[][] cells = new int[SCALE][SCALE];
        risks.forEach(r -> cells[r.likelihood() - 1][r.consequence() - 1]++);
        return cells;
    }

    /** Counts per cell after measures (the residual assessment, else the one before). */
    public static int[][] after(List<Risk> risks) {
        int[][] cells = new int[SCALE][SCALE];
        risks.forEach(r -> cells[r.effectiveResidualLikelihood() - 1][r.effectiveResidualConsequence() - 1]++);
        return cells;
    }

    /** The risk with the highest residual score (ties: the higher residual consequence, then the lower id). */
    public static Optional<Risk> highestResidual(List<Risk> risks) {
        return risks.stream().max(Comparator.comparingInt(Risk::residualScore)
                .thenComparingInt(Risk::effectiveResidualConsequence)
                .thenComparing(Comparator.comparingLong(Risk::id).reversed()));
    }

    /** The register's sort orders; every one ends with the title and id so the order is stable. */
    public enum Order {
        LEVEL, RESIDUAL, REVIEW;

        public static Optional<Order> parse(String raw) {
            if (raw == null) {
                return Optional.empty();
            }
            for (Order o : values()) {
                if (o.name().equalsIgnoreCase(raw.strip())) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }

        public Comparator<Risk> comparator() {
            Comparator<Risk> tail = Comparator.comparing(Risk::title, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Risk::id);
            return switch (this) {
                case LEVEL -> Comparator.comparingInt(Risk::score).reversed().thenComparing(tail);
                case RESIDUAL -> Comparator.comparingInt(Risk::residualScore).reversed().thenComparing(tail);
                case REVIEW -> Comparator.comparing(Risk::nextReview, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(tail);
            };
        }
    }
}
