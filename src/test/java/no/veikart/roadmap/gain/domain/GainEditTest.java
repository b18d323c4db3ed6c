package no.veikart.roadmap.gain.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import org.junit.Before;
import org.junit.Test;

/**
 * Editing a gain keeps its recorded measurements: a new unit, currency or direction (a falling target turned rising)
 * is accepted and % realised is worked out again; an edit that would make a recorded measurement invalid (outside
 * 0–100 for percent, before a later baseline date) is refused on the field that causes it, and nothing is stored.
 */
public class GainEditTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-10T08:00:00Z"), ZoneOffset.UTC);
    private static final Actor MEMBER = new Actor("member", "member", "Martin Medlem", Locale.ENGLISH);
    private static final InitiativeRef DEMO_1 = new InitiativeRef(1, 1001, "DEMO-1", "DEMO", List.of("ANCHORING"), "ANCHORING");

    private final InMemoryGains store = new InMemoryGains();
    private GainService service;
    private long gainId;
    private long version;

    @Before
    public void wire() {
        InitiativeLookup lookup = mock(InitiativeLookup.class);
        AccessControl access = mock(AccessControl.class);
        when(lookup.find(any(), eq("DEMO-1"))).thenReturn(Optional.of(DEMO_1));
        when(access.canBrowseIssue(any(), anyLong())).thenReturn(true);
        when(access.canEditIssue(any(), anyLong())).thenReturn(true);
        service = new GainService(store.repository(), lookup, access, CLOCK, mock(GainSearchSync.class), event -> { },
                no.veikart.roadmap.initiative.domain.DataChanges.NONE, new no.veikart.roadmap.gain.domain.GainCalculator());
        gainId = service.create(MEMBER, "DEMO-1", draft("HOURS", "15000", "2021-01-01", "13650")).gain().id();
        GainService.Recorded recorded = service.addMeasurement(MEMBER, "DEMO-1", gainId,
                new MeasurementDraft("14325", "2021-06-30", null));
        version = recorded.gain().gain().version();
        assertEquals(new BigDecimal("50.0"), recorded.gain().progress().realisedPercent());
    }

    @Test
    public void aNewDirectionUnitOrCurrencyKeepsTheMeasurementsAndRecalculates() {
        // Rising instead of falling: 15 000 → 15 675; the measured 14 325 now moved away from the target.
        TrackedGain rising = service.update(MEMBER, "DEMO-1", gainId, draft("HOURS", "15000", "2021-01-01", "15675"), version);
        assertEquals(1, rising.measurements().size());
        assertEquals(new BigDecimal("-100.0"), rising.progress().realisedPercent());

        TrackedGain money = service.update(MEMBER, "DEMO-1", gainId, new GainDraft("COST", "Lavere kostnader", null,
                "CURRENCY", "NOK", new GainDraft.Point("15000", "2021-01-01"), new GainDraft.Point("13650", "2021-12-31"),
                null, null, "MONTHLY"), rising.gain().version());
        assertEquals(Unit.CURRENCY, money.gain().unit());
        assertEquals(1, money.measurements().size());
        assertEquals(new BigDecimal("50.0"), money.progress().realisedPercent());
    }

    @Test
    public void anEditThatWouldInvalidateAMeasurementIsRefusedOnItsField() {
        RoadmapException.Invalid percent = assertThrows(RoadmapException.Invalid.class, () -> service.update(MEMBER,
                "DEMO-1", gainId, draft("PERCENT", "60", "2021-01-01", "90"), version));
        assertEquals(List.of(FieldError.of("unit", GainValidator.MEASUREMENTS_OUT_OF_RANGE, 1L)), percent.errors());

        RoadmapException.Invalid later = assertThrows(RoadmapException.Invalid.class, () -> service.update(MEMBER,
                "DEMO-1", gainId, draft("HOURS", "15000", "2021-07-01", "13650"), version));
        assertEquals(List.of(FieldError.of("baseline.date", GainValidator.MEASUREMENTS_BEFORE_BASELINE, "2021-06-30")),
                later.errors());

        TrackedGain unchanged = service.get(MEMBER, "DEMO-1", gainId);
        assertEquals(Unit.HOURS, unchanged.gain().unit());
        assertEquals(version, unchanged.gain().version());
        assertEquals(1, unchanged.measurements().size());
    }

    @Test
    public void percentIsAcceptedWhenEveryMeasurementFits() {
        service.deleteMeasurement(MEMBER, "DEMO-1", gainId, store.findMeasurements(gainId).get(0).id(), version);
        long current = service.addMeasurement(MEMBER, "DEMO-1", gainId, new MeasurementDraft("75", "2021-06-30", null))
                .gain().gain().version();
        TrackedGain edited = service.update(MEMBER, "DEMO-1", gainId, draft("PERCENT", "60", "2021-01-01", "90"), current);
        assertEquals(Unit.PERCENT, edited.gain().unit());
        assertEquals(new BigDecimal("50.0"), edited.progress().realisedPercent());
    }

    private static GainDraft draft(String unit, String baseline, String baselineDate, String target) {
        return new GainDraft("TIME", "Færre plejetimer", null, unit, null, new GainDraft.Point(baseline, baselineDate),
                new GainDraft.Point(target, "2021-12-31"), null, null, "MONTHLY");
    }
}
