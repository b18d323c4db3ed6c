package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The training an initiative has planned or held session by session (another feature's records, e.g. the
 * implementation plan), as person-hours: each session's people × its hours per person. When present it replaces the
 * economics' single "training hours per employee × employees" in the training cost.
 */
@FunctionalInterface
public interface TrainingHours {
    TrainingHours NONE = initiativeId -> Optional.empty();

    /** Person-hours of the initiative's sessions that record hours; empty when none does. */
    Optional<BigDecimal> personHours(long initiativeId);
}
