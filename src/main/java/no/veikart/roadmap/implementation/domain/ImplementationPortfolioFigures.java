package no.veikart.roadmap.implementation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The implementation section of the portfolio (JSON under {@code sections.implementation}): across the initiatives
 * counted, how many units there are and how many are live (live or stable), the % of the live units' staff trained,
 * and the live units with a shift nobody covers today; each count with the issue keys of its initiatives, so the
 * gadget can link it to the issue navigator. {@code rows}: one per initiative with units, in the order given.
 *
 * <p>% trained across units = Σ min(trained, staff) / Σ staff × 100 over the live units with staff, one decimal; a
 * unit trained past its staff (turnover) counts as fully trained, so it cannot hide another's shortfall. Null without
 * live staff.
 */
public record ImplementationPortfolioFigures(int units, List<String> unitKeys, int unitsLive, List<String> liveKeys,
        BigDecimal trainedPercent, int unitsWithGaps, List<String> gapKeys, List<Row> rows) {

    /** One initiative: its key and summary, units, live units, % trained across its live units, live units with gaps. */
    public record Row(String issueKey, String summary, int units, int unitsLive, BigDecimal trainedPercent, int unitsWithGaps) {
    }

    /** What the section needs of an initiative counted. */
    public record Initiative(long id, String issueKey, String summary) {
    }

    public static ImplementationPortfolioFigures of(List<Initiative> initiatives, List<Unit> units, LocalDate today) {
        Map<Long, List<Unit>> byInitiative = new HashMap<>();
        units.forEach(u -> byInitiative.computeIfAbsent(u.initiativeId(), k -> new ArrayList<>()).add(u));
        List<Row> rows = new ArrayList<>();
        List<String> unitKeys = new ArrayList<>();
        List<String> liveKeys = new ArrayList<>();
        List<String> gapKeys = new ArrayList<>();
        int total = 0;
        int live = 0;
        int gaps = 0;
        long trained = 0;
        long staff = 0;
        for (Initiative i : initiatives) {
            List<Unit> own = byInitiative.getOrDefault(i.id(), List.of());
            if (own.isEmpty()) {
                continue;
            }
            List<Unit> ownLive = own.stream().filter(u -> u.status().isLive()).toList();
            int ownGaps = (int) ownLive.stream().filter(u -> !ImplementationRules.currentGaps(u, today).isEmpty()).count();
            long ownTrained = ownLive.stream().mapToLong(u -> Math.min(ImplementationRules.trained(u, null), u.staff())).sum();
            long ownStaff = ownLive.stream().mapToLong(Unit::staff).sum();
            rows.add(new Row(i.issueKey(), i.summary(), own.size(), ownLive.size(), percent(ownTrained, ownStaff),
                    ownGaps));
            total += own.size();
            live += ownLive.size();
            gaps += ownGaps;
            trained += ownTrained;
            staff += ownStaff;
            unitKeys.add(i.issueKey());
            if (!ownLive.isEmpty()) {
                liveKeys.add(i.issueKey());
            }
            if (ownGaps > 0) {
                gapKeys.add(i.issueKey());
            }
        }
        return new ImplementationPortfolioFigures(total, List.copyOf(unitKeys), live, List.copyOf(liveKeys),
                percent(trained, staff), gaps, List.copyOf(gapKeys), List.copyOf(rows));
    }

    private static BigDecimal percent(long trained, long staff) {
        return staff <= 0 ? null : BigDecimal.valueOf(trained * 100).divide(BigDecimal.valueOf(staff), 1, RoundingMode.HALF_UP);
    }
}
