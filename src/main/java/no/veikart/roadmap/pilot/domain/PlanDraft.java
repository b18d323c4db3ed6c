package no.veikart.roadmap.pilot.domain;

import java.util.List;

/** A plan as sent, before {@link PilotValidator} reads it. */
public record PlanDraft(String goals, String scope, String startDate, String endDate, ParticipantsDraft participants,
        String information, String competence, String errorHandling, MeasurementDraft measurement, String observation,
        String documentation, Long version) {

    public record ParticipantsDraft(Integer users, Integer employees, Integer thirdParties, String text) {
    }

    public record MeasurementDraft(List<Long> gainIds, String text) {
    }
}
