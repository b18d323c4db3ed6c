package no.veikart.roadmap.reporting.domain;

/** A report as typed: every value raw, checked by {@link StatusReportValidator}. */
public record StatusReportDraft(String period, String overall, String phase, String gains, String anchoring, String risks,
        String comment) {
    public String light(Aspect aspect) {
        return switch (aspect) {
            case OVERALL -> overall;
            case PHASE -> phase;
            case GAINS -> gains;
            case ANCHORING -> anchoring;
            case RISKS -> risks;
        };
    }
}
