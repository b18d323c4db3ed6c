package no.veikart.roadmap.implementation.integration;

import java.math.BigDecimal;
import java.util.Optional;
import no.veikart.roadmap.gain.domain.TrainingHours;
import no.veikart.roadmap.implementation.domain.ImplementationRepository;
import no.veikart.roadmap.implementation.domain.TrainingSession;
import no.veikart.roadmap.implementation.domain.Unit;

/**
 * The implementation plan's training sessions as the gain feature's {@link TrainingHours}: Σ people trained × hours per
 * person over every session of every unit that records hours (a session without hours adds nothing; a plan none of
 * whose sessions records hours leaves the economics' own figure in place).
 */
public class SessionTrainingHours implements TrainingHours {
    private final ImplementationRepository units;

    public SessionTrainingHours(ImplementationRepository units) {
        this.units = units;
    }

    @Override
    public Optional<BigDecimal> personHours(long initiativeId) {
        BigDecimal total = null;
        for (Unit u : units.findByInitiative(initiativeId)) {
            for (TrainingSession t : u.trainings()) {
                if (t.hours() != null) {
                    BigDecimal hours = t.hours().multiply(BigDecimal.valueOf(t.trained()));
                    total = total == null ? hours : total.add(hours);
                }
            }
        }
        return Optional.ofNullable(total);
    }
}
