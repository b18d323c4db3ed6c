package no.veikart.roadmap.risk.domain;

import java.util.List;

/**
 * Something in the register to act on: {@code code} for scripts, {@code key} and {@code args} an i18n message; the
 * risk (and measure) it is about, when it is about one.
 */
public record RiskWarning(String code, String key, Long riskId, Long measureId, List<Object> args) {
    public static final String HIGH_UNTREATED = "HIGH_UNTREATED";
    public static final String REVIEW_OVERDUE = "REVIEW_OVERDUE";
    public static final String MEASURE_OVERDUE = "MEASURE_OVERDUE";

    public RiskWarning {
        args = List.copyOf(args);
    }
}
