package no.veikart.roadmap.stakeholder.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The influence/interest grid of an initiative's stakeholders as SVG coordinates (viewBox 282 x 286), so the panel
 * template only lays it out: a 5 x 5 grid of cells, quadrants split after interest 3 and above influence 3, and one
 * point per stakeholder. Stakeholders sharing a cell are spread: two side by side, three in a row, more on a 3 x 3
 * pattern inside the cell (with smaller points).
 *
 * @param lineXs the x of the vertical inner cell lines; {@code lineYs} the y of the horizontal ones
 */
public record StakeholderGrid(int left, int top, int size, int right, int bottom, int midX, int midY, int leftWidth,
        int rightWidth, int upperHeight, int lowerHeight, List<Integer> lineXs, List<Integer> lineYs,
        List<StakeholderGridTick> interestTicks,
        List<StakeholderGridTick> influenceTicks, int labelLeftX, int labelRightX, int labelTopY, int labelBottomY,
        int interestAxisX, int interestAxisY, int influenceAxisY, List<StakeholderGridPoint> points) {

    static final int LEFT = 34;
    static final int TOP = 6;
    static final int CELL = 48;
    static final int CELLS = 5;
    private static final int SPREAD = 14;

    public static StakeholderGrid of(List<StakeholderView> stakeholders) {
        int size = CELL * CELLS;
        int right = LEFT + size;
        int bottom = TOP + size;
        int leftWidth = CELL * 3;
        int upperHeight = CELL * 2;
        List<StakeholderGridTick> interest = IntStream.rangeClosed(1, CELLS)
                .mapToObj(i -> new StakeholderGridTick(i, LEFT + CELL * i - CELL / 2, bottom + 14)).toList();
        List<StakeholderGridTick> influence = IntStream.rangeClosed(1, CELLS)
                .mapToObj(i -> new StakeholderGridTick(i, LEFT - 6, TOP + CELL * (CELLS - i) + CELL / 2 + 4)).toList();
        return new StakeholderGrid(LEFT, TOP, size, right, bottom, LEFT + leftWidth, TOP + upperHeight, leftWidth,
                size - leftWidth, upperHeight, size - upperHeight,
                IntStream.range(1, CELLS).mapToObj(i -> LEFT + CELL * i).toList(),
                IntStream.range(1, CELLS).mapToObj(i -> TOP + CELL * i).toList(), interest, influence, LEFT + 5, right - 5,
                TOP + 11, bottom - 6, LEFT + size / 2, bottom + 32, TOP + size / 2, points(stakeholders));
    }

    private static List<StakeholderGridPoint> points(List<StakeholderView> stakeholders) {
        Map<String, Integer> perCell = new HashMap<>();
        stakeholders.forEach(s -> perCell.merge(cell(s), 1, Integer::sum));
        Map<String, Integer> placed = new HashMap<>();
        List<StakeholderGridPoint> points = new ArrayList<>();
        for (StakeholderView s : stakeholders) {
            int k = placed.merge(cell(s), 1, Integer::sum) - 1;
            int total = perCell.get(cell(s));
            int x = LEFT + (s.interest() - 1) * CELL + CELL / 2;
            int y = TOP + (CELLS - s.influence()) * CELL + CELL / 2;
            if (total == 2) {
                x = x - 9 + k * 18;
            } else if (total == 3) {
                x = x - SPREAD + k * SPREAD;
            } else if (total > 3) {
                int slot = k % 9;
                x += (slot % 3 - 1) * SPREAD;
                y += (slot / 3 - 1) * SPREAD;
            }
            points.add(new StakeholderGridPoint(s, x, y, total > 3 ? 7 : 8, y + 3));
        }
        return List.copyOf(points);
    }

    private static String cell(StakeholderView s) {
        return s.influence() + "/" + s.interest();
    }
}
