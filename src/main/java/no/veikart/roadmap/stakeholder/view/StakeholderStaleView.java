package no.veikart.roadmap.stakeholder.view;

import java.util.List;

public record StakeholderStaleView(long id, String name, List<String> reasons) {
}
