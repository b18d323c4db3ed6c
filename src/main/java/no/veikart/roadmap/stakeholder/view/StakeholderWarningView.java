package no.veikart.roadmap.stakeholder.view;

import java.util.List;

public record StakeholderWarningView(String key, String message, String level, List<Long> stakeholderIds) {
}
