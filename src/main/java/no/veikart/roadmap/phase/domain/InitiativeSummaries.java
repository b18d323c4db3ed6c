package no.veikart.roadmap.phase.domain;

import java.util.Collection;
import java.util.Map;

/** Names of many initiatives at once, without loading their phases, steps and history. */
public interface InitiativeSummaries {
    /** The summaries of those of {@code initiativeIds} that exist, by initiative id; a query per chunk of ids. */
    Map<Long, InitiativeSummary> findSummaries(Collection<Long> initiativeIds);
}
