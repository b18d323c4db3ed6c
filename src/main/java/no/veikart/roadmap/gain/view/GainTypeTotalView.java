package no.veikart.roadmap.gain.view;

import java.util.List;

public record GainTypeTotalView(String type, String typeName, List<GainMoneyTotalView> money) {
}
