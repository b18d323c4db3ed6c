package no.veikart.roadmap.phase.domain;

import java.util.List;
import java.util.Optional;

/**
 * What another feature advises for the piloting decision (the pilot evaluation's recommendation), shown on the
 * decision form without the phase feature knowing that feature. Implemented by the feature that has the advice.
 */
public interface DecisionAdvice {
    DecisionAdvice NONE = initiativeId -> Optional.empty();

    Optional<Advice> advice(long initiativeId);

    /**
     * {@code key} and {@code args}: an i18n message saying what is advised (arguments starting with {@code roadmap.}
     * are translated too); {@code decision}: the decision it amounts to, or null when there is none yet.
     */
    record Advice(String key, List<Object> args, Decision decision) {
        public Advice {
            args = List.copyOf(args);
        }
    }
}
