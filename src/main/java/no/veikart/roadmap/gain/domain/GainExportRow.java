package no.veikart.roadmap.gain.domain;

import no.veikart.roadmap.initiative.domain.InitiativeRef;

/** One line of the gain export: the gain, derived values and its initiative. */
public record GainExportRow(InitiativeRef initiative, TrackedGain gain) {
}
