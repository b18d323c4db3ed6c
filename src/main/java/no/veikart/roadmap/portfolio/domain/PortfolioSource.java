package no.veikart.roadmap.portfolio.domain;

import java.util.Collection;
import java.util.function.Consumer;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.Measurement;

/**
 * The rows behind the portfolio, one set-based query each, whatever the number of initiatives: each method streams
 * the rows of the initiatives in {@code projectKeys} to {@code sink} without keeping them. Six queries per
 * portfolio, never one per initiative.
 */
public interface PortfolioSource {
    void initiatives(Collection<String> projectKeys, Consumer<PortfolioInitiative> sink);

    void stakeholders(Collection<String> projectKeys, Consumer<StakeholderLevel> sink);

    /** Stakeholders marked ANCHORED, in any phase (the aggregator keeps those of the initiative's current phase). */
    void anchored(Collection<String> projectKeys, Consumer<AnchoredIn> sink);

    void gains(Collection<String> projectKeys, Consumer<Gain> sink);

    /**
     * At least the latest measurement of every measured gain (more is allowed; the aggregator keeps the latest per
     * gain). Only gain id, value and date are needed.
     */
    void latestMeasurements(Collection<String> projectKeys, Consumer<Measurement> sink);

    void economics(Collection<String> projectKeys, Consumer<Economics> sink);
}
