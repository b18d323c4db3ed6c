package no.veikart.roadmap.stakeholder.view;

import java.util.List;

public record StakeholderCoverageView(int total, List<StakeholderLevelView> byLevel, List<StakeholderStaleView> stale, List<StakeholderWarningView> warnings) {
}
