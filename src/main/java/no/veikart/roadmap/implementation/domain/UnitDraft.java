package no.veikart.roadmap.implementation.domain;

import java.util.List;

/** A unit as typed: text and numbers unchecked; {@code version} is required for a change. */
public record UnitDraft(String name, Integer staff, List<String> shifts, Boolean pilotUnit, Boolean testUnit,
        String plannedGoLive, String status, String wentLive, String stableSince, String monitoringDate,
        String monitoringOutcome, Long version) {
}
