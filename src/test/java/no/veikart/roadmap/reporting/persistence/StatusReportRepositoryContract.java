package no.veikart.roadmap.reporting.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.reporting.domain.Aspect;
import no.veikart.roadmap.reporting.domain.ReportState;
import no.veikart.roadmap.reporting.domain.StatusReport;
import no.veikart.roadmap.reporting.domain.StatusReportRepository;
import no.veikart.roadmap.reporting.domain.TrafficLight;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import no.veikart.roadmap.testsupport.ConflictRace;
import org.junit.Test;

/** Status reports on a real database; run by the H2 and PostgreSQL subclasses. */
@Data(ReportingSchema.class)
public abstract class StatusReportRepositoryContract extends ActiveObjectsTestSupport {
    private static final Instant AT = Instant.parse("2026-12-03T09:15:00Z");
    private final List<Long> refreshed = new ArrayList<>();

    private AoStatusReportRepository repository() {
        return new AoStatusReportRepository(activeObjects(), new InitiativeFigures() {
            @Override
            public void refresh(long initiativeId) {
                refreshed.add(initiativeId);
            }

            @Override
            public Rebuild rebuild() {
                return new Rebuild(0, List.of());
            }
        });
    }

    private static Map<Aspect, TrafficLight> lights(TrafficLight... values) {
        Map<Aspect, TrafficLight> m = new EnumMap<>(Aspect.class);
        for (int i = 0; i < values.length; i++) {
            m.put(Aspect.values()[i], values[i]);
        }
        return m;
    }

    @Test
    public void aDraftRoundTripsAndIsPublishedOnceWithWhoAndWhen() {
        AoStatusReportRepository repo = repository();
        StatusReport d = repo.create(80, YearMonth.of(2026, 11), lights(TrafficLight.AMBER, TrafficLight.GREEN), "Ventetid på leverandør ✓");
        assertEquals(1, d.version());
        assertEquals(ReportState.DRAFT, d.state());
        assertNull(d.light(Aspect.RISKS));
        assertEquals(d, repo.find(d.id()).orElseThrow());

        StatusReport u = repo.update(d.id(), YearMonth.of(2026, 10), lights(TrafficLight.RED, TrafficLight.RED, TrafficLight.RED,
                TrafficLight.AMBER, TrafficLight.GREEN), "Leverandøren er forsinket", 1);
        assertEquals(2, u.version());
        assertEquals(YearMonth.of(2026, 10), u.period());
        assertThrows(RoadmapException.Conflict.class, () -> repo.publish(d.id(), "member", AT, 1));
        assertEquals(List.of(), refreshed);

        StatusReport p = repo.publish(d.id(), "member", AT, 2);
        assertEquals(ReportState.PUBLISHED, p.state());
        assertEquals("member", p.publishedBy());
        assertEquals(AT, p.publishedAt());
        assertEquals(List.of(80L), refreshed);
        assertEquals(p, repo.find(d.id()).orElseThrow());

        RoadmapException.Conflict again = assertThrows(RoadmapException.Conflict.class,
                () -> repo.update(d.id(), YearMonth.of(2026, 10), lights(), null, 3));
        assertEquals("roadmap.reporting.error.published", again.errors().get(0).key());
        assertThrows(RoadmapException.Conflict.class, () -> repo.publish(d.id(), "admin", AT, 3));
        assertEquals(p, repo.find(d.id()).orElseThrow());
    }

    @Test
    public void oneReportPerInitiativeAndMonth() {
        AoStatusReportRepository repo = repository();
        StatusReport a = repo.create(81, YearMonth.of(2026, 9), lights(), null);
        StatusReport b = repo.create(81, YearMonth.of(2026, 10), lights(), null);
        repo.create(82, YearMonth.of(2026, 9), lights(), null);
        assertThrows(StatusReportRepository.PeriodTaken.class, () -> repo.create(81, YearMonth.of(2026, 9), lights(), null));
        assertThrows(StatusReportRepository.PeriodTaken.class, () -> repo.update(b.id(), YearMonth.of(2026, 9), lights(), null, 1));
        assertEquals(List.of(b.id(), a.id()), repo.findByInitiative(81).stream().map(StatusReport::id).toList());
    }

    @Test
    public void latestPublishedIsTheNewestPublishedPeriodPerInitiativeAndFillsTheSummaryColour() {
        AoStatusReportRepository repo = repository();
        StatusReport sep = repo.create(83, YearMonth.of(2026, 9), lights(TrafficLight.GREEN), null);
        repo.publish(sep.id(), "member", AT, 1);
        StatusReport aug = repo.create(83, YearMonth.of(2026, 8), lights(TrafficLight.RED), null);
        repo.publish(aug.id(), "member", AT, 1);
        repo.create(83, YearMonth.of(2026, 10), lights(TrafficLight.RED), null);
        repo.create(84, YearMonth.of(2026, 10), lights(TrafficLight.RED), null);

        Map<Long, StatusReport> latest = repo.latestPublished(Arrays.asList(83L, 84L, 85L));
        assertEquals(1, latest.size());
        assertEquals(sep.id(), latest.get(83L).id());

        StatusReportSummaryPart part = new StatusReportSummaryPart(activeObjects());
        assertEquals("GREEN", part.fill(InitiativeSummary.empty(83)).statusReportColour());
        assertNull(part.fill(InitiativeSummary.empty(84)).statusReportColour());
        InitiativeSummary other = InitiativeSummary.empty(83).withLevels("STAFF", "STAFF");
        assertEquals("the part changes its own column only", "STAFF", part.fill(other).levelsPresent());
    }

    /** Several people saving the same draft at once: one wins each round, the others get the 409, nothing is lost. */
    @Test
    @NonTransactional
    public void concurrentEditorsOfADraftLoseNoUpdate() throws Exception {
        AoStatusReportRepository repo = repository();
        long initiativeId = 1_000_000 + Math.floorMod(System.nanoTime(), 1_000_000_000L);
        String db = entityManager.getProvider().getClass().getSimpleName().replace("DatabaseProvider", "");
        long id = repo.create(initiativeId, YearMonth.of(2026, 11), lights(), "").id();

        ConflictRace.Result result = ConflictRace.run("status report@" + db, 8, 12, () -> repo.find(id).orElseThrow(),
                StatusReport::version, (seen, mark) -> {
                    String comment = seen.comment() == null || seen.comment().isEmpty() ? mark : seen.comment() + "\n" + mark;
                    return repo.update(id, seen.period(), seen.lights(), comment, seen.version()).version();
                });

        StatusReport stored = repo.find(id).orElseThrow();
        result.assertNoneLost(stored.version(), stored.comment() == null ? List.of() : List.of(stored.comment().split("\n")));
        assertTrue(result.winners() > 0);
    }
}
