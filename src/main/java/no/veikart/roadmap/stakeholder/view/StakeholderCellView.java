package no.veikart.roadmap.stakeholder.view;

public record StakeholderCellView(String phase, String status, String statusName) {
}
