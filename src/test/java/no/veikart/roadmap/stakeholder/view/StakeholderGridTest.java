package no.veikart.roadmap.stakeholder.view;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The stakeholder grid's geometry and the signed attitudes, computed in Java so the panel only lays them out. */
public class StakeholderGridTest {

    @Test
    public void theGridIsFiveCellsOf48WithQuadrantsAfterInterest3AndAboveInfluence3() {
        StakeholderGrid g = StakeholderGrid.of(List.of());
        assertEquals(240, g.size());
        assertEquals(274, g.right());
        assertEquals(246, g.bottom());
        assertEquals(34 + 144, g.midX());
        assertEquals(6 + 96, g.midY());
        assertEquals(List.of(82, 130, 178, 226), g.lineXs());
        assertEquals(List.of(54, 102, 150, 198), g.lineYs());
        assertEquals(new StakeholderGridTick(1, 58, 260), g.interestTicks().get(0));
        assertEquals(new StakeholderGridTick(5, 28, 34), g.influenceTicks().get(4));
    }

    @Test
    public void stakeholdersSharingACellAreSpread() {
        StakeholderView alone = view(1, 5, 5, 0);
        StakeholderView a = view(2, 1, 1, 2);
        StakeholderView b = view(3, 1, 1, 1);
        List<StakeholderGridPoint> points = StakeholderGrid.of(List.of(alone, a, b)).points();

        assertEquals(new StakeholderGridPoint(alone, 34 + 4 * 48 + 24, 6 + 24, 8, 6 + 24 + 3), points.get(0));
        int cx = 34 + 24;
        int cy = 6 + 4 * 48 + 24;
        assertEquals(new StakeholderGridPoint(a, cx - 9, cy, 8, cy + 3), points.get(1));
        assertEquals(new StakeholderGridPoint(b, cx + 9, cy, 8, cy + 3), points.get(2));
    }

    @Test
    public void moreThanThreeInACellGoOnAThreeByThreePatternWithSmallerPoints() {
        List<StakeholderView> four = List.of(view(1, 3, 3, 0), view(2, 3, 3, 0), view(3, 3, 3, 0), view(4, 3, 3, 0));
        List<StakeholderGridPoint> points = StakeholderGrid.of(four).points();
        int cx = 34 + 2 * 48 + 24;
        int cy = 6 + 2 * 48 + 24;
        assertEquals(List.of(cx - 14, cx, cx + 14, cx - 14), points.stream().map(StakeholderGridPoint::x).toList());
        assertEquals(List.of(cy - 14, cy - 14, cy - 14, cy), points.stream().map(StakeholderGridPoint::y).toList());
        assertEquals(7, points.get(0).radius());
    }

    @Test
    public void attitudesAreSignedWithARealMinusAndGapsClassed() {
        StakeholderView s = view(1, 1, 1, 3);
        assertEquals("\u22121", s.attitudeSigned());
        assertEquals("+2", s.desiredAttitudeSigned());
        assertEquals("+3", s.attitudeGapSigned());
        assertEquals("high", s.gapClass());
        assertEquals("one", view(1, 1, 1, 1).gapClass());
        assertEquals("none", view(1, 1, 1, 0).gapClass());
        assertEquals("0", StakeholderView.signed(0));
        assertEquals("aui-lozenge-current", s.statusLozenge());
    }

    private static StakeholderView view(long id, int influence, int interest, int gap) {
        return new StakeholderView(id, "S" + id, "G", "STAFF", "Staff", "", -1, 2, gap, influence, interest, "MONITOR",
                "Monitor", "INFORM", "Inform", null, null, null, null, null, false, "", Map.of(), "IN_DIALOGUE",
                "In dialogue", 1, false);
    }
}
