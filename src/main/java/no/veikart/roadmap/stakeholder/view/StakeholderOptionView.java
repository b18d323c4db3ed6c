package no.veikart.roadmap.stakeholder.view;

public record StakeholderOptionView(String value, String label) {
}
