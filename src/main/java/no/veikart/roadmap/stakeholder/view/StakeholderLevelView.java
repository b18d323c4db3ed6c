package no.veikart.roadmap.stakeholder.view;

import java.util.List;

public record StakeholderLevelView(String level, String name, int count, int anchored, String best, String bestName, boolean covered,
        boolean expected, List<StakeholderCellView> phases) {
}
