package no.veikart.roadmap.pilot.view;

/** The ten points of a plan; dates ISO, texts as typed ("" when empty), with the dates for display. */
public record PilotPlanView(String goals, String scope, String startDate, String endDate, String startDateDisplay,
        String endDateDisplay, PilotParticipantsView participants, String information, String competence,
        String errorHandling, PilotMeasurementView measurement, String observation, String documentation) {
}
