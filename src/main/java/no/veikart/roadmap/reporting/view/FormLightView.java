package no.veikart.roadmap.reporting.view;

/**
 * One light of the draft form: the value selected (the draft's, else the suggestion; "" for none) and, beside it, what
 * the data suggests and why.
 */
public record FormLightView(String aspect, String label, String selected, String suggested, String suggestedName,
        String reason) {
}
