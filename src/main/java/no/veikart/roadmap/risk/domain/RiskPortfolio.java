package no.veikart.roadmap.risk.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio's risk section (issue 15): where each initiative's highest residual risk lies on the 5×5 matrix, and
 * the high residual risks across the initiatives. Plain rules over the risks of the initiatives counted.
 */
public final class RiskPortfolio {
    /** Issue keys carried per figure; the gadget's links to the issue navigator take at most this many. */
    public static final int MAX_KEYS = 200;

    private RiskPortfolio() {
    }

    /** An initiative counted in the portfolio. */
    public record Counted(long initiativeId, String issueKey) {
    }

    /** A count and the issues behind it ({@code more} when keys were left out). */
    public record Keys(int count, List<String> issueKeys, boolean more) {
        static Keys of(int count, List<String> keys) {
            return new Keys(count, List.copyOf(keys.subList(0, Math.min(MAX_KEYS, keys.size()))), keys.size() > MAX_KEYS);
        }
    }

    /** One cell of the matrix: likelihood and consequence 1–5, its level, and the initiatives whose highest risk is here. */
    public record Cell(int likelihood, int consequence, RiskLevel level, int count, List<String> issueKeys, boolean more) {
    }

    /**
     * @param cells all 25 cells, consequence 5 first (the top row as drawn), likelihood 1 to 5 within a row
     * @param withRisks initiatives with at least one risk
     * @param withoutRisks initiatives with none (no analysis yet)
     * @param highRisks risks whose residual level is high, with the initiatives that have them
     */
    public record Figures(List<Cell> cells, Keys withRisks, Keys withoutRisks, Keys highRisks) {
    }

    /** The highest residual risk first: by residual score, then consequence, then likelihood. */
    static final Comparator<Risk> HIGHEST = Comparator.comparingInt(Risk::residualScore)
            .thenComparingInt(Risk::effectiveResidualConsequence).thenComparingInt(Risk::effectiveResidualLikelihood);

    public static Figures figures(List<Counted> initiatives, List<Risk> risks, MatrixRegions regions) {
        Map<Long, List<Risk>> byInitiative = new HashMap<>();
        for (Risk r : risks) {
            byInitiative.computeIfAbsent(r.initiativeId(), k -> new ArrayList<>()).add(r);
        }
        Map<Integer, List<String>> cellKeys = new HashMap<>();
        List<String> with = new ArrayList<>();
        List<String> without = new ArrayList<>();
        List<String> high = new ArrayList<>();
        int highCount = 0;
        for (Counted c : initiatives) {
            List<Risk> own = byInitiative.getOrDefault(c.initiativeId(), List.of());
            if (own.isEmpty()) {
                without.add(c.issueKey());
                continue;
            }
            with.add(c.issueKey());
            Risk top = own.stream().max(HIGHEST).orElseThrow();
            cellKeys.computeIfAbsent(cell(top.effectiveResidualLikelihood(), top.effectiveResidualConsequence()),
                    k -> new ArrayList<>()).add(c.issueKey());
            long highHere = own.stream().filter(r -> regions.level(r.residualScore()) == RiskLevel.HIGH).count();
            if (highHere > 0) {
                highCount += (int) highHere;
                high.add(c.issueKey());
            }
        }
        List<Cell> cells = new ArrayList<>(25);
        for (int consequence = 5; consequence >= 1; consequence--) {
            for (int likelihood = 1; likelihood <= 5; likelihood++) {
                List<String> keys = cellKeys.getOrDefault(cell(likelihood, consequence), List.of());
                Keys k = Keys.of(keys.size(), keys);
                cells.add(new Cell(likelihood, consequence, regions.level(likelihood * consequence), k.count(),
                        k.issueKeys(), k.more()));
            }
        }
        return new Figures(cells, Keys.of(with.size(), with), Keys.of(without.size(), without),
                Keys.of(highCount, high));
    }

    private static int cell(int likelihood, int consequence) {
        return likelihood * 10 + consequence;
    }
}
