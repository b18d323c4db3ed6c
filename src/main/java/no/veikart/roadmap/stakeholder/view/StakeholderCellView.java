package no.veikart.roadmap.stakeholder.view;

import java.util.List;
import java.util.Map;

public record StakeholderCellView(String phase, String status, String statusName) {
}
