package no.veikart.roadmap.implementation.integration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.GainCalculator;
import no.veikart.roadmap.implementation.domain.ImplementationRepository;
import no.veikart.roadmap.implementation.domain.Shift;
import no.veikart.roadmap.implementation.domain.TrainingKind;
import no.veikart.roadmap.implementation.domain.TrainingSession;
import no.veikart.roadmap.implementation.domain.Unit;
import no.veikart.roadmap.implementation.domain.UnitStatus;
import org.junit.Test;

public class SessionTrainingHoursTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static Unit unit(long id, TrainingSession... sessions) {
        return new Unit(id, 1, 0, "U" + id, 20, EnumSet.of(Shift.DAY), false, false, null, UnitStatus.TRAINING, null, null,
                null, null, List.of(), List.of(sessions), List.of(), 1);
    }

    private static TrainingSession session(int trained, String hours) {
        return new TrainingSession(trained, DAY, TrainingKind.INITIAL, trained, null, hours == null ? null : new BigDecimal(hours));
    }

    @Test
    public void personHoursAddUpEverySessionWithHoursAcrossUnits() {
        ImplementationRepository repository = mock(ImplementationRepository.class);
        when(repository.findByInitiative(1)).thenReturn(List.of(unit(1, session(17, "3.5"), session(3, null)),
                unit(2, session(4, "2"))));
        when(repository.findByInitiative(2)).thenReturn(List.of(unit(3, session(5, null))));
        when(repository.findByInitiative(3)).thenReturn(List.of());
        SessionTrainingHours hours = new SessionTrainingHours(repository);

        assertEquals(0, new BigDecimal("67.5").compareTo(hours.personHours(1).orElseThrow()));
        assertEquals("sessions without hours leave the economics' own figure", Optional.empty(), hours.personHours(2));
        assertEquals(Optional.empty(), hours.personHours(3));
    }

    @Test
    public void sessionHoursReplaceHoursTimesEmployeesInTheYearZeroCostAndTheNpv() {
        Economics stored = new Economics(1, new BigDecimal("500"), Currency.NOK, new BigDecimal("4"), 5,
                new BigDecimal("100000"), BigDecimal.ZERO, new BigDecimal("10"), 20, 3);
        Economics withSessions = stored.withSessionTrainingHours(new BigDecimal("67.5"));
        GainCalculator calculator = new GainCalculator();

        assertFalse(stored.trainingFromSessions());
        assertEquals(0, new BigDecimal("100000").compareTo(stored.trainingCost()));
        assertTrue(withSessions.trainingFromSessions());
        assertEquals(0, new BigDecimal("33750").compareTo(withSessions.trainingCost()));
        BigDecimal benefit = new BigDecimal("60000");
        assertEquals("the NPV moves by exactly the year-0 difference", 0, new BigDecimal("66250")
                .compareTo(calculator.npv(withSessions, benefit).subtract(calculator.npv(stored, benefit))));
        assertEquals(3, withSessions.withVersion(3).version());
        assertTrue(withSessions.withVersion(4).trainingFromSessions());
    }
}
