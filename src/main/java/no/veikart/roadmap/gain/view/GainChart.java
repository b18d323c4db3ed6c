package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One gain's chart as SVG coordinates, so the template only lays it out (chart.vm). x = time from the baseline date
 * to the target date (or the latest measurement after it); y = % of the target improvement, 0 = baseline,
 * 100 = target, drawn from -20 to 120 (clamped). Integer pixels, as the SVG's viewBox is 240 x 128.
 *
 * @param plannedPoints the valorisation curve as SVG {@code points} ("x,y x,y ...")
 * @param actualPoints the measurements as SVG {@code points}; empty without measurements
 * @param showToday whether today lies strictly between the first and last day of the chart
 */
public record GainChart(int left, int top, int right, int bottom, int width, int height, int yTarget, int yBase,
        int xTarget, boolean showToday, int xToday, String plannedPoints, String actualPoints, boolean hasActual,
        List<GainChartDot> dots, int labelLeftX, int labelRightX, int labelTargetY, int labelBaselineY, int axisY) {

    static final int LEFT = 6;
    static final int WIDTH = 228;
    static final int TOP = 16;
    static final int HEIGHT = 90;
    private static final int MIN_PERCENT = -20;
    private static final int MAX_PERCENT = 120;
    private static final int PERCENT_RANGE = MAX_PERCENT - MIN_PERCENT;

    /** The chart of {@code g} on the day {@code todayIso} (yyyy-MM-dd). */
    public static GainChart of(GainView g, String todayIso) {
        long x0 = day(g.baseline().date());
        long targetDay = day(g.target().date());
        long xEnd = targetDay;
        for (GainCurvePointView p : g.actualCurve()) {
            xEnd = Math.max(xEnd, day(p.date()));
        }
        long span = Math.max(1, xEnd - x0);
        Scale s = new Scale(x0, span);
        int yTarget = s.y(100);
        int yBase = s.y(0);
        int right = LEFT + WIDTH;
        long today = day(todayIso);
        boolean showToday = today > x0 && today < xEnd;

        StringBuilder planned = new StringBuilder();
        for (GainCurvePointView p : g.plannedCurve()) {
            planned.append(s.x(day(p.date()))).append(',').append(s.y(whole(p.percent()))).append(' ');
        }
        if (xEnd > targetDay) {
            planned.append(right).append(',').append(yTarget);
        }
        Map<String, GainMeasurementView> measuredOn = new HashMap<>();
        g.measurements().forEach(m -> measuredOn.put(m.date(), m));
        StringBuilder actual = new StringBuilder();
        List<GainChartDot> dots = new ArrayList<>();
        for (GainCurvePointView p : g.actualCurve()) {
            int x = s.x(day(p.date()));
            int y = s.y(whole(p.percent()));
            actual.append(x).append(',').append(y).append(' ');
            GainMeasurementView m = measuredOn.get(p.date());
            dots.add(new GainChartDot(x, y, p.date(), m == null ? p.date() : m.dateDisplay() + ": " + m.valueDisplay()));
        }
        return new GainChart(LEFT, TOP, right, TOP + HEIGHT, WIDTH, HEIGHT, yTarget, yBase, s.x(targetDay), showToday,
                showToday ? s.x(today) : LEFT, planned.toString(), actual.toString(), !dots.isEmpty(), List.copyOf(dots),
                LEFT + 2, right - 2, yTarget - 3, yBase + 10, TOP + HEIGHT + 14);
    }

    /** Days since 1970-01-01 of an ISO date: only differences count, and LocalDate knows the leap years. */
    static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    private static int whole(BigDecimal percent) {
        return percent == null ? 0 : percent.intValue();
    }

    private record Scale(long x0, long span) {
        int x(long day) {
            return (int) (LEFT + (day - x0) * WIDTH / span);
        }

        int y(int percent) {
            int clamped = Math.max(MIN_PERCENT, Math.min(MAX_PERCENT, percent));
            return TOP + (MAX_PERCENT - clamped) * HEIGHT / PERCENT_RANGE;
        }
    }
}
