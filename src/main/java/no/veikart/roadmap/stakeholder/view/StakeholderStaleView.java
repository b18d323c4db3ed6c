package no.veikart.roadmap.stakeholder.view;

import java.util.List;
import java.util.Map;

public record StakeholderStaleView(long id, String name, List<String> reasons) {
}
