package no.veikart.roadmap.risk.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stored risks with their measures, and each initiative's contingency plan. Every change is version-checked: when
 * the stored version is no longer {@code expectedVersion} (or the row is gone), the method throws
 * {@link no.veikart.roadmap.common.domain.RoadmapException.Conflict#staleVersion()} and changes nothing.
 */
public interface RiskRepository {
    List<Risk> findByInitiative(long initiativeId);

    /** The risks of several initiatives at once (export, portfolio). */
    List<Risk> findByInitiatives(Collection<Long> initiativeIds);

    int countByInitiative(long initiativeId);

    Optional<Risk> find(long id);

    /** Stores a new risk (id 0) with its measures; returns it with ids and version 0. */
    Risk create(Risk risk);

    /**
     * Writes all fields of {@code changed} and makes its measures the stored ones (id 0: new; a stored measure
     * missing from it: deleted), if the stored version is {@code expectedVersion}. Returns it with the next version.
     */
    Risk update(Risk changed, long expectedVersion);

    /** Deletes the risk and its measures if the stored version is {@code expectedVersion}. */
    void delete(long id, long expectedVersion);

    /** The initiative's contingency plan; version 0 and null text when never saved. */
    ContingencyPlan plan(long initiativeId);

    ContingencyPlan savePlan(long initiativeId, String text, long expectedVersion);

    record ContingencyPlan(String text, long version) {
    }
}
