package no.veikart.roadmap.pilot.domain;

/** An evaluation as sent, before {@link PilotValidator} reads it. */
public record EvaluationDraft(RatingDraft people, RatingDraft organisation, RatingDraft technology, RatingDraft gains,
        String newGains, String costAdjustments, String recommendation, String reasons, Long version) {

    public record RatingDraft(Integer rating, String text) {
    }

    public RatingDraft of(Dimension d) {
        return switch (d) {
            case PEOPLE -> people;
            case ORGANISATION -> organisation;
            case TECHNOLOGY -> technology;
            case GAINS -> gains;
        };
    }
}
