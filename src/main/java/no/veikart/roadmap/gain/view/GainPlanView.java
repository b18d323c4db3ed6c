package no.veikart.roadmap.gain.view;

import java.util.List;

/** The gain realisation plan of one initiative (REST body and, later, panel view model). */
public record GainPlanView(String initiativeKey, boolean editable, String today, List<GainView> gains, GainTotalsView totals,
        EconomicsView economics, List<GainOptionView> types, List<GainOptionView> units, List<GainOptionView> currencies,
        List<GainOptionView> frequencies) {

    private static final List<String> STATUS_ORDER = List.of("ON_TRACK", "AT_RISK", "REALISED", "NOT_STARTED");

    /** The Jira project of the initiative ("HELSE" of "HELSE-12"). */
    public String projectKey() {
        return initiativeKey.substring(0, initiativeKey.lastIndexOf('-'));
    }

    public boolean hasGains() {
        return !gains.isEmpty();
    }

    public int gainCount() {
        return gains.size();
    }

    /** Every gain with its chart on {@link #today()}. */
    public List<GainCard> cards() {
        return gains.stream().map(g -> new GainCard(g, GainChart.of(g, today))).toList();
    }

    /** The statuses that some gain has, in the panel's order, with their counts. */
    public List<GainStatusCount> statusCounts() {
        return STATUS_ORDER.stream().filter(st -> totals.byStatus().getOrDefault(st, 0) > 0)
                .map(st -> new GainStatusCount(st, GainLozenges.status(st), totals.byStatus().get(st))).toList();
    }

    /**
     * Short on purpose: Velocity 1.7's {@code #if($model)} calls toString() (directive.if.tostring.nullcheck, on by
     * default), and the generated one would print every row of a big initiative on each page view.
     */
    @Override
    public String toString() {
        return "GainPlanView[" + initiativeKey + "]";
    }
}
