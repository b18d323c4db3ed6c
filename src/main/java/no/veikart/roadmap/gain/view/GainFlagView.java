package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

public record GainFlagView(long gainId, String reason, String message) {
}
