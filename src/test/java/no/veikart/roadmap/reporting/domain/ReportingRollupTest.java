package no.veikart.roadmap.reporting.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class ReportingRollupTest {
    private static final OrgUnit HOME = new OrgUnit(1, "Helse og omsorg", "Hjemmetjenesten");
    private static final OrgUnit NURSING = new OrgUnit(2, "Helse og omsorg", "Sykehjem");
    private static final OrgUnit SCHOOL = new OrgUnit(3, "Oppvekst og utdanning", "Grunnskolen");

    private static StatusReport published(TrafficLight overall) {
        return new StatusReport(1, 1, YearMonth.of(2026, 11), Map.of(Aspect.OVERALL, overall), null, ReportState.PUBLISHED,
                "member", Instant.EPOCH, 2);
    }

    private static RollupInitiative initiative(String key, OrgUnit unit, String phase, StatusReport latest, boolean owes,
            int planned, int realised, int investment, int cost) {
        OverdueReport owed = owes ? new OverdueReport(null, YearMonth.of(2026, 11), LocalDate.of(2026, 12, 7), 3, null) : null;
        return new RollupInitiative(key, key.substring(0, key.indexOf('-')), "Summary " + key, phase, "ACTIVE", unit, latest,
                owed, BigDecimal.valueOf(planned), BigDecimal.valueOf(realised), BigDecimal.valueOf(investment),
                BigDecimal.valueOf(cost));
    }

    @Test
    public void politicalLinesSumPerSectorAndCountPhases() {
        ReportingRollup.Rollup r = ReportingRollup.of(List.of(
                initiative("DEMO-1", HOME, "PILOTING", published(TrafficLight.GREEN), false, 100, 40, 50, 60),
                initiative("HELSE-1", NURSING, "PILOTING", published(TrafficLight.RED), true, 10, 0, 5, 7),
                initiative("HELSE-2", NURSING, "INSIGHT", null, true, 0, 0, 0, 0),
                initiative("SKOLE-1", SCHOOL, "INSIGHT", null, true, 1, 1, 1, 1),
                initiative("SKOLE-2", null, "ANCHORING", published(TrafficLight.AMBER), false, 2, 2, 2, 2)));
        assertEquals(3, r.sectors().size());
        ReportingRollup.SectorLine health = r.sectors().get(0);
        assertEquals("Helse og omsorg", health.sector());
        assertEquals(List.of("DEMO-1", "HELSE-1", "HELSE-2"), health.keys());
        assertEquals(List.of("DEMO-1", "HELSE-1"), health.keysByPhase().get("PILOTING"));
        assertEquals(List.of("HELSE-2"), health.keysByPhase().get("INSIGHT"));
        assertEquals(0, BigDecimal.valueOf(110).compareTo(health.plannedGains()));
        assertEquals(0, BigDecimal.valueOf(40).compareTo(health.realisedGains()));
        assertEquals(0, BigDecimal.valueOf(55).compareTo(health.investment()));
        assertEquals(0, BigDecimal.valueOf(67).compareTo(health.costSoFar()));
        // initiatives without a unit come last, under a null sector
        assertNull(r.sectors().get(2).sector());
        assertEquals(List.of("SKOLE-2"), r.sectors().get(2).keys());
    }

    @Test
    public void leadershipLinesCountLightsAndOverduePerUnit() {
        ReportingRollup.Rollup r = ReportingRollup.of(List.of(
                initiative("HELSE-1", NURSING, "PILOTING", published(TrafficLight.RED), true, 0, 0, 0, 0),
                initiative("HELSE-2", NURSING, "INSIGHT", null, true, 0, 0, 0, 0),
                initiative("HELSE-3", NURSING, "INSIGHT", published(TrafficLight.GREEN), false, 0, 0, 0, 0),
                initiative("DEMO-1", HOME, "PILOTING", published(TrafficLight.AMBER), false, 0, 0, 0, 0)));
        assertEquals(List.of("Hjemmetjenesten", "Sykehjem"), r.units().stream().map(ReportingRollup.UnitLine::department).toList());
        ReportingRollup.UnitLine nursing = r.units().get(1);
        assertEquals(List.of("HELSE-3"), nursing.green());
        assertEquals(List.of(), nursing.amber());
        assertEquals(List.of("HELSE-1"), nursing.red());
        assertEquals(List.of("HELSE-2"), nursing.noReport());
        assertEquals(List.of("HELSE-1", "HELSE-2"), nursing.overdue());
        assertEquals(3, r.groups().get(1).initiatives().size());
    }
}
