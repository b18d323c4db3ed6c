package no.veikart.roadmap.portfolio.domain;

import java.util.Collection;
import java.util.function.Consumer;
import no.veikart.roadmap.gain.domain.Economics;

/**
 * The rows behind the portfolio, one set-based query each, whatever the number of initiatives: each method streams
 * the rows of the initiatives in {@code projectKeys} to {@code sink} without keeping them. Five queries per
 * portfolio, never one per initiative.
 */
public interface PortfolioSource {
    void initiatives(Collection<String> projectKeys, Consumer<PortfolioInitiative> sink);

    /** The levels each initiative has stakeholders at (repeats allowed; stakeholders of unknown level left out). */
    void levelsPresent(Collection<String> projectKeys, Consumer<InitiativeLevel> sink);

    /**
     * The levels of the stakeholders marked ANCHORED in their initiative's current phase (repeats allowed;
     * stakeholders of unknown level left out). {@code currentPhases} holds at least the current phase of every
     * initiative in {@code projectKeys}, so that the source need not compare two columns.
     */
    void levelsAnchored(Collection<String> projectKeys, Collection<String> currentPhases,
            Consumer<InitiativeLevel> sink);

    void gains(Collection<String> projectKeys, Consumer<MeasuredGain> sink);

    void economics(Collection<String> projectKeys, Consumer<Economics> sink);
}
