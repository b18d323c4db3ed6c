package no.veikart.roadmap.pilot.view;

/** Participants: the counts (null when not given) and how they are recruited. */
public record PilotParticipantsView(Integer users, Integer employees, Integer thirdParties, String text) {
}
