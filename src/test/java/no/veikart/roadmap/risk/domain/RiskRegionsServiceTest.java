package no.veikart.roadmap.risk.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.junit.Before;
import org.junit.Test;

public class RiskRegionsServiceTest {
    private static final Actor ADMIN = new Actor("admin", "admin", "Ada", Locale.ENGLISH);
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.ENGLISH);

    private final AccessControl access = mock(AccessControl.class);
    private final List<AuditEvent> audit = new ArrayList<>();
    private final List<Object> told = new ArrayList<>();
    private MatrixRegions stored = MatrixRegions.DEFAULT;
    private int changes;
    private RiskRegionsService service;

    @Before
    public void setUp() {
        when(access.isJiraAdmin(ADMIN)).thenReturn(true);
        RegionsStore store = new RegionsStore() {
            @Override
            public MatrixRegions regions() {
                return stored;
            }

            @Override
            public boolean replace(MatrixRegions expected, MatrixRegions next) {
                if (!stored.equals(expected)) {
                    return false;
                }
                stored = next;
                return true;
            }
        };
        service = new RiskRegionsService(store, access, audit::add, () -> changes++, (actor, projects) -> told.add(projects));
    }

    @Test
    public void anAdministratorChangesTheRegionsAndTheChangeIsAuditedAndAnnounced() {
        MatrixRegions saved = service.save(ADMIN, " 6 ", "12", "4,9", List.of("DEMO"));
        assertEquals(new MatrixRegions(6, 12), saved);
        assertEquals(saved, stored);
        assertEquals(RiskLevel.MEDIUM, stored.level(12));
        assertEquals(RiskLevel.HIGH, stored.level(15));
        assertEquals("risk.regions", audit.get(0).action());
        assertEquals("4", audit.get(0).details().get("lowMaxBefore"));
        assertEquals("12", audit.get(0).details().get("mediumMax"));
        assertEquals(List.of(List.of("DEMO")), told);
        assertEquals(1, changes);
        // The same values again change nothing.
        service.save(ADMIN, "6", "12", "6,12", List.of("DEMO"));
        assertEquals(1, audit.size());
    }

    @Test
    public void onlyAdministratorsMayChangeThem() {
        assertThrows(RoadmapException.Forbidden.class, () -> service.save(MEMBER, "6", "12", null, List.of("DEMO")));
        assertThrows(RoadmapException.NotAuthenticated.class, () -> service.save(null, "6", "12", null, List.of("DEMO")));
        assertEquals(MatrixRegions.DEFAULT, stored);
        assertTrue(audit.isEmpty());
    }

    @Test
    public void refusalsNameTheFieldAndLeaveEveryLevelNonEmpty() {
        assertEquals(List.of("lowMax:roadmap.error.notANumber", "mediumMax:roadmap.error.required"), errors("four", ""));
        assertEquals(List.of("lowMax:roadmap.error.outOfRange"), errors("0", "9"));
        assertEquals(List.of("lowMax:roadmap.error.outOfRange"), errors("24", "24"));
        assertEquals(List.of("mediumMax:roadmap.error.outOfRange"), errors("6", "6"));
        assertEquals(List.of("mediumMax:roadmap.error.outOfRange"), errors("6", "25"));
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class, () -> service.save(ADMIN, "6", "3", null, List.of("DEMO")));
        assertEquals(List.of("roadmap.risk.regions.mediumMax", 7, 24), e.errors().get(0).args());
        assertEquals(MatrixRegions.DEFAULT, stored);
        assertEquals(new MatrixRegions(23, 24), service.save(ADMIN, "23", "24", null, List.of("DEMO")));
        assertEquals(new MatrixRegions(1, 2), service.save(ADMIN, "1", "2", null, List.of("DEMO")));
    }

    @Test
    public void anOlderFormDoesNotOverwriteANewerChange() {
        service.save(ADMIN, "5", "10", "4,9", List.of("DEMO"));
        assertThrows(RoadmapException.Conflict.class, () -> service.save(ADMIN, "3", "8", "4,9", List.of("DEMO")));
        assertEquals(new MatrixRegions(5, 10), stored);
        assertEquals(1, audit.size());
    }

    private List<String> errors(String low, String medium) {
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class, () -> service.save(ADMIN, low, medium, null, List.of("DEMO")));
        return e.errors().stream().map(f -> f.field() + ":" + f.key()).toList();
    }
}
