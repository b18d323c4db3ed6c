package no.veikart.roadmap.portfolio.fivestream;

import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.Measurement;

/** A gain with its latest measurement, null when it has none (only gain id, value and date are needed). */
public record MeasuredGain(Gain gain, Measurement latest) {
}
