package no.veikart.roadmap.risk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.FieldChecks;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.UserNames;
import no.veikart.roadmap.initiative.domain.InitiativeGuard;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/**
 * The handover to operations. Browse reads, edit saves (401, 404, 403, 400, 409 as everywhere). The gain plan tick is
 * checked, not believed: every gain needs an owner and a frequency. HANDED_OVER needs every item of
 * {@link Handover#ITEMS}; PENDING and NOT_READY save whatever is filled in.
 */
public class HandoverService {
    public static final int MAX_TEXT = 8000;
    public static final int MAX_PARTICIPANTS = 2000;
    public static final int MAX_OWNER = 255;

    private final HandoverRepository repository;
    private final InitiativeGuard guard;
    private final AccessControl access;
    private final GainPlan gains;
    private final UserNames users;
    private final AuditLog audit;

    public HandoverService(HandoverRepository repository, InitiativeLookup initiatives, AccessControl access, GainPlan gains,
            UserNames users, AuditLog audit) {
        this.repository = repository;
        this.guard = new InitiativeGuard(initiatives, access);
        this.access = access;
        this.gains = gains;
        this.users = users;
        this.audit = audit;
    }

    public record HandoverState(InitiativeRef initiative, Handover handover, boolean editable) {
    }

    public HandoverState get(Actor actor, String issueKey) {
        InitiativeRef ref = guard.browsable(actor, issueKey);
        return new HandoverState(ref, stored(ref.initiativeId()), access.canEditIssue(actor, ref.issueId()));
    }

    public HandoverState save(Actor actor, String issueKey, HandoverDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Handover current = stored(ref.initiativeId());
        HandoverDraft d = draft == null ? new HandoverDraft(null, null, null, null, null, null, null, null, null) : draft;
        List<FieldError> errors = new ArrayList<>();
        LocalDate meeting = FieldChecks.date(d.meetingDate(), "meetingDate", "roadmap.handover.field.meetingDate", false, errors);
        String owner = FieldChecks.text(d.operationsOwner(), "operationsOwner", "roadmap.handover.field.operationsOwner",
                MAX_OWNER, false, false, errors);
        if (owner != null && users.displayName(owner) == null) {
            errors.add(FieldError.of("operationsOwner", "roadmap.handover.error.noSuchUser",
                    "roadmap.handover.field.operationsOwner", FieldChecks.echo(owner)));
        }
        String report = FieldChecks.text(d.finalReport(), "finalReport", "roadmap.handover.field.finalReport", MAX_TEXT,
                false, true, errors);
        String participants = FieldChecks.text(d.participants(), "participants", "roadmap.handover.field.participants",
                MAX_PARTICIPANTS, false, true, errors);
        String learning = FieldChecks.text(d.learningPoints(), "learningPoints", "roadmap.handover.field.learningPoints",
                MAX_TEXT, false, true, errors);
        HandoverOutcome outcome = FieldChecks.enumValue(d.outcome(), HandoverOutcome.class, "outcome",
                "roadmap.handover.field.outcome", false, errors);
        boolean gainPlan = Boolean.TRUE.equals(d.gainPlanReviewed());
        boolean ros = Boolean.TRUE.equals(d.riskAnalysisReviewed());
        if (gainPlan) {
            List<GainPlan.GainFact> facts = gains.gains(actor, ref.issueKey());
            if (facts.isEmpty()) {
                errors.add(FieldError.of("gainPlanReviewed", "roadmap.handover.error.noGains"));
            } else {
                String incomplete = facts.stream().filter(g -> !g.complete()).map(GainPlan.GainFact::title)
                        .collect(Collectors.joining(", "));
                if (!incomplete.isEmpty()) {
                    errors.add(FieldError.of("gainPlanReviewed", "roadmap.handover.error.gainsIncomplete",
                            new Verbatim(FieldChecks.echo(incomplete))));
                }
            }
        }
        if (d.version() == null) {
            errors.add(FieldError.of("version", FieldChecks.REQUIRED, "roadmap.field.version"));
        }
        FieldChecks.throwIfAny(errors);
        Handover valid = new Handover(ref.initiativeId(), meeting, owner, report, gainPlan, ros, participants, learning,
                outcome == null ? HandoverOutcome.PENDING : outcome, current.version());
        if (valid.outcome() == HandoverOutcome.HANDED_OVER) {
            for (String item : valid.missingItems()) {
                errors.add(FieldError.of(item, "roadmap.handover.error.neededForHandover", "roadmap.handover.field." + item));
            }
            FieldChecks.throwIfAny(errors);
        }
        if (d.version() != current.version()) {
            throw RoadmapException.Conflict.staleVersion();
        }
        Handover saved = repository.save(valid, current.version());
        if (saved.outcome() != current.outcome()) {
            audit.record(AuditEvent.of("handover.outcome", actor, "handover", ref.initiativeId(), ref.issueKey())
                    .with("outcome", saved.outcome().name()).with("version", saved.version()));
        }
        return new HandoverState(ref, saved, true);
    }

    /** The stored handover of an initiative (the gate's and the handover page's read); empty when never saved. */
    public Handover stored(long initiativeId) {
        return repository.find(initiativeId).orElseGet(() -> Handover.empty(initiativeId));
    }
}
