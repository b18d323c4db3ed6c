package no.veikart.roadmap.portfolio.fivestream;

import java.util.Collection;
import java.util.function.Consumer;
import no.veikart.roadmap.gain.domain.Economics;

/**
 * The rows behind the portfolio, one set-based query each, whatever the number of initiatives: each method streams
 * the rows of the initiatives in {@code projectKeys} to {@code sink} without keeping them. Five queries per
 * portfolio, never one per initiative.
 */
public interface FiveStreamSource {
    void initiatives(Collection<String> projectKeys, Consumer<PortfolioInitiative> sink);

    void stakeholders(Collection<String> projectKeys, Consumer<StakeholderLevel> sink);

    /** Stakeholders marked ANCHORED, in any phase (the aggregator keeps those of the initiative's current phase). */
    void anchored(Collection<String> projectKeys, Consumer<AnchoredIn> sink);

    /** Every gain with its latest measurement (of which only gain id, value and date are needed). */
    void gains(Collection<String> projectKeys, Consumer<MeasuredGain> sink);

    void economics(Collection<String> projectKeys, Consumer<Economics> sink);
}
