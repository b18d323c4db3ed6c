package no.veikart.roadmap.roles.view;

/** One entry of the legend: H = Hovedansvarlig in Norwegian, A = Accountable in English. */
public record RoleLetterView(String role, String letter, String name) {
}
