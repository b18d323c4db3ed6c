package no.veikart.roadmap.initiative.domain;

import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.RoadmapException;

/**
 * "Rebuild portfolio figures": a Jira administrator recomputes every summary row from the source rows, after a
 * restore or when a bug is suspected, and learns which rows differed (they are repaired). Audited; the portfolio's
 * cached figures are dropped on every node afterwards.
 */
public final class SummaryRebuild {
    private final InitiativeFigures figures;
    private final AccessControl access;
    private final AuditLog audit;
    private final DataChanges changes;

    public SummaryRebuild(InitiativeFigures figures, AccessControl access, AuditLog audit, DataChanges changes) {
        this.figures = figures;
        this.access = access;
        this.audit = audit;
        this.changes = changes;
    }

    public InitiativeFigures.Rebuild rebuild(Actor actor) {
        InitiativeGuard.requireActor(actor);
        if (!access.isJiraAdmin(actor)) {
            access.refused(actor, AccessControl.ADMINISTER, "portfolio figures");
            throw new RoadmapException.Forbidden();
        }
        InitiativeFigures.Rebuild result = figures.rebuild();
        changes.changed();
        audit.record(AuditEvent.of("portfolio.rebuild", actor, "initiativeSummary", null, null)
                .with("checked", result.checked()).with("different", result.different().size()));
        return result;
    }
}
