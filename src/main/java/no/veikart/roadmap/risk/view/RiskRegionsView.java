package no.veikart.roadmap.risk.view;

/**
 * The admin page's matrix regions form: the values to show (as typed after a refusal), the regions in force as the
 * form's guard ({@code expected}) and a sentence naming the three score ranges.
 */
public record RiskRegionsView(String lowMax, String mediumMax, String expected, String summary) {
}
