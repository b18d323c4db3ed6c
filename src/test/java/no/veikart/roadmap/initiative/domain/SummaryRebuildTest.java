package no.veikart.roadmap.initiative.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.junit.Test;

public class SummaryRebuildTest {
    private static final Actor ADMIN = new Actor("admin-key", "admin", "Admin", Locale.ENGLISH);
    private static final Actor MEMBER = new Actor("member-key", "member", "Member", Locale.ENGLISH);

    private final InitiativeFigures figures = mock(InitiativeFigures.class);
    private final AccessControl access = mock(AccessControl.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final DataChanges changes = mock(DataChanges.class);
    private final SummaryRebuild rebuild = new SummaryRebuild(figures, access, audit, changes);

    @Test
    public void anAdministratorRebuildsLearnsTheDifferencesAndThePortfolioCacheIsDropped() {
        when(access.isJiraAdmin(ADMIN)).thenReturn(true);
        when(figures.rebuild()).thenReturn(new InitiativeFigures.Rebuild(12, List.of(3L, 7L)));
        InitiativeFigures.Rebuild result = rebuild.rebuild(ADMIN);
        assertEquals(12, result.checked());
        assertEquals(List.of(3L, 7L), result.different());
        verify(changes).changed();
        verify(audit).record(any());
    }

    @Test
    public void othersAreRefusedAndNothingIsRecomputed() {
        assertThrows(RoadmapException.Forbidden.class, () -> rebuild.rebuild(MEMBER));
        assertThrows(RoadmapException.NotAuthenticated.class, () -> rebuild.rebuild(null));
        verify(figures, never()).rebuild();
        verify(access).refused(MEMBER, AccessControl.ADMINISTER, "portfolio figures");
    }
}
