package no.veikart.roadmap.gain.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The gain chart's geometry, computed in Java so chart.vm only lays it out. */
public class GainChartTest {

    private static final int TARGET_Y = 28;   // 16 + (120 - 100) * 90 / 140
    private static final int BASELINE_Y = 93; // 16 + (120 - 0) * 90 / 140

    @Test
    public void daysCountLeapYearsAsTheCalendarDoes() {
        assertEquals(2, GainChart.day("2024-03-01") - GainChart.day("2024-02-28"));
        assertEquals(1, GainChart.day("2023-03-01") - GainChart.day("2023-02-28"));
        assertEquals(1, GainChart.day("2100-03-01") - GainChart.day("2100-02-28"));
        assertEquals(2, GainChart.day("2000-03-01") - GainChart.day("2000-02-28"));
        assertEquals(366, GainChart.day("2025-01-01") - GainChart.day("2024-01-01"));
    }

    @Test
    public void daysAreTheParsersDaysAndWhatItRefusesIsStillRefused() {
        for (LocalDate d = LocalDate.of(1999, 12, 1); d.isBefore(LocalDate.of(2001, 3, 2)); d = d.plusDays(1)) {
            assertEquals(d.toEpochDay(), GainChart.day(d.toString()));
        }
        assertEquals(LocalDate.parse("+12345-01-01").toEpochDay(), GainChart.day("+12345-01-01"));
        for (String bad : new String[] {"2021-02-30", "2021-+1-01", "2021-1-011", "20x1-01-01"}) {
            assertThrows(bad, java.time.format.DateTimeParseException.class, () -> GainChart.day(bad));
        }
    }

    @Test
    public void plannedCurveRunsFromBaselineToTargetAndMeasurementsAreDots() {
        GainView g = gain("2024-01-01", "2025-01-01",
                List.of(curve("2024-01-01", "0"), curve("2025-01-01", "100")),
                List.of(curve("2024-07-01", "50")), List.of(measurement("2024-07-01", "1. juli 2024", "12 000")));
        GainChart c = GainChart.of(g, "2024-06-01");

        assertEquals("6," + BASELINE_Y + " 234," + TARGET_Y + " ", c.plannedPoints());
        assertEquals(234, c.xTarget());
        assertEquals(TARGET_Y, c.yTarget());
        assertEquals(BASELINE_Y, c.yBase());
        // 2024-07-01 is day 182 of 366 (2024 is a leap year): 6 + 182 * 228 / 366 = 119; 50 % -> 16 + 70 * 90 / 140.
        assertEquals("119,61 ", c.actualPoints());
        assertEquals(List.of(new GainChartDot(119, 61, "2024-07-01", "1. juli 2024: 12 000")), c.dots());
        assertTrue(c.hasActual());
        assertTrue(c.showToday());
        assertEquals(6 + 152 * 228 / 366, c.xToday());
        assertEquals(c.bottom() + 14, c.axisY());
    }

    @Test
    public void aMeasurementAfterTheTargetDateWidensTheChartAndPercentsAreClamped() {
        GainView g = gain("2024-01-01", "2024-12-31",
                List.of(curve("2024-01-01", "0"), curve("2024-12-31", "100")),
                List.of(curve("2025-12-31", "250"), curve("2024-06-30", "-80")), List.of());
        GainChart c = GainChart.of(g, "2030-01-01");

        // The x axis now ends a year later; the planned curve holds the target to the right edge.
        assertEquals(6 + 365 * 228 / 730, c.xTarget());
        assertTrue(c.plannedPoints().endsWith(" " + c.right() + "," + TARGET_Y));
        assertEquals("234,16 " + (6 + 181 * 228 / 730) + ",106 ", c.actualPoints());
        assertFalse("today is after the chart", c.showToday());
    }

    @Test
    public void aGainWithoutMeasurementsHasNoDots() {
        GainView g = gain("2024-01-01", "2024-01-01", List.of(curve("2024-01-01", "0")), List.of(), List.of());
        GainChart c = GainChart.of(g, "2024-01-01");
        assertFalse(c.hasActual());
        assertEquals("", c.actualPoints());
        assertEquals(6, c.xTarget()); // a zero-day span counts as one day
    }

    static GainCurvePointView curve(String date, String percent) {
        return new GainCurvePointView(date, null, new BigDecimal(percent));
    }

    static GainMeasurementView measurement(String date, String dateDisplay, String valueDisplay) {
        return new GainMeasurementView(1, BigDecimal.ONE, valueDisplay, date, dateDisplay, "u", "U", "", null, null);
    }

    static GainView gain(String baseline, String target, List<GainCurvePointView> planned,
            List<GainCurvePointView> actual, List<GainMeasurementView> measurements) {
        return new GainView(7, "TIME", "Time", "Fewer hours", null, "HOURS", "hours", null,
                new GainPointView(BigDecimal.ZERO, "0", baseline, baseline),
                new GainPointView(BigDecimal.TEN, "10", target, target), null, null, null, "YEARLY", "Yearly",
                measurements, null, null, null, new BigDecimal("42.7"), "AT_RISK", "At risk", null, null, null, null,
                false, null, null, null, null, null, null, null, planned, actual, 1);
    }

    @Test
    public void cardsAndStatusCountsComeFromTheOverview() {
        GainView g = gain("2024-01-01", "2025-01-01", List.of(curve("2024-01-01", "0")), List.of(), List.of());
        GainTotalsView totals = new GainTotalsView(List.of(), null, List.of(),
                Map.of("AT_RISK", 1, "ON_TRACK", 0, "REALISED", 2), List.of(), null);
        GainPlanView o = new GainPlanView("HELSE-12", true, "2024-06-01", List.of(g), totals, null,
                List.of(), List.of(), List.of(), List.of());

        assertEquals("HELSE", o.projectKey());
        assertEquals(List.of(new GainStatusCount("AT_RISK", "aui-lozenge-moved", 1),
                new GainStatusCount("REALISED", "aui-lozenge-success", 2)), o.statusCounts());
        assertEquals(List.of(new GainCard(g, GainChart.of(g, "2024-06-01"))), o.cards());
        assertEquals(42, g.plannedPercentTodayWhole());
        assertEquals("aui-lozenge-current", g.typeLozenge());
        assertFalse(g.hasMeasurements());
    }
}
