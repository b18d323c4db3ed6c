package no.veikart.roadmap.stakeholder.view;

import java.util.List;
import java.util.Map;

public record StakeholderOptionView(String value, String label) {
}
