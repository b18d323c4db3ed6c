package no.veikart.roadmap.pilot.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.DataChanges;
import no.veikart.roadmap.initiative.domain.InitiativeGuard;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/**
 * Use cases of pilot plans, logs and evaluations. Permissions are those of the initiative issue: browse to read, edit
 * to change. Checks run in this order: 401, 404 (unknown or hidden issue, or a round that does not exist yet), 403,
 * 409 (a round before the current one is closed; stale version), 400 (input).
 */
public class PilotService {
    public static final int MAX_OBSERVATIONS_PER_ROUND = 500;
    static final String CLOSED = "roadmap.pilot.error.closedRound";

    private final PilotRepository repository;
    private final InitiativeGuard guard;
    private final AccessControl access;
    private final PilotStage stages;
    private final PilotGains gains;
    private final AuditLog audit;
    private final Clock clock;
    private final PilotValidator validator = new PilotValidator();
    private final DataChanges changes;

    public PilotService(PilotRepository repository, InitiativeLookup initiatives, AccessControl access, PilotStage stages,
            PilotGains gains, AuditLog audit, Clock clock) {
        this(repository, initiatives, access, stages, gains, audit, clock, DataChanges.NONE);
    }

    /** {@code changes} hears of every plan and evaluation save: the portfolio's pilot figures come from them. */
    public PilotService(PilotRepository repository, InitiativeLookup initiatives, AccessControl access, PilotStage stages,
            PilotGains gains, AuditLog audit, Clock clock, DataChanges changes) {
        this.changes = changes;
        this.repository = repository;
        this.guard = new InitiativeGuard(initiatives, access);
        this.access = access;
        this.stages = stages;
        this.gains = gains;
        this.audit = audit;
        this.clock = clock;
    }

    public PilotOverview overview(Actor actor, String issueKey) {
        InitiativeRef ref = guard.browsable(actor, issueKey);
        return overview(actor, ref);
    }

    private PilotOverview overview(Actor actor, InitiativeRef ref) {
        int current = currentRound(ref.initiativeId());
        List<PilotRound> rounds = PilotRounds.rounds(ref.initiativeId(), current, repository.rounds(ref.initiativeId()));
        return new PilotOverview(ref, rounds, repository.observations(ref.initiativeId()), gains.gains(actor, ref.issueKey()),
                current, access.canEditIssue(actor, ref.issueId()));
    }

    /** The decision that closed round {@code n} of an overview the reader already may see; the last one if several. */
    public Optional<PilotDecision> decision(PilotOverview overview, int n) {
        List<PilotDecision> taken = stages.decisions(overview.initiative().initiativeId()).stream()
                .filter(d -> d.round() == n).toList();
        return taken.isEmpty() ? Optional.empty() : Optional.of(taken.get(taken.size() - 1));
    }

    public PilotRound savePlan(Actor actor, String issueKey, int round, PlanDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        PilotRound current = writable(ref, round);
        checkVersion(draft == null ? null : draft.version(), current);
        Set<Long> gainIds = new HashSet<>();
        gains.gains(actor, ref.issueKey()).forEach(g -> gainIds.add(g.id()));
        PilotPlan plan = validator.plan(draft, gainIds);
        PilotRound saved = repository.save(current.withPlan(plan), current.version());
        changes.changed();
        audit.record(AuditEvent.of("pilot.plan", actor, "pilotRound", ref.initiativeId(), ref.issueKey())
                .with("round", round).with("missing", plan.missing().size()).with("version", saved.version()));
        return saved;
    }

    public PilotRound saveEvaluation(Actor actor, String issueKey, int round, EvaluationDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        PilotRound current = writable(ref, round);
        checkVersion(draft == null ? null : draft.version(), current);
        PilotEvaluation evaluation = validator.evaluation(draft, actor.userKey(), clock.instant());
        PilotRound saved = repository.save(current.withEvaluation(evaluation), current.version());
        changes.changed();
        audit.record(AuditEvent.of("pilot.evaluation", actor, "pilotRound", ref.initiativeId(), ref.issueKey())
                .with("round", round).with("recommendation", evaluation.recommendation().name())
                .with("version", saved.version()));
        return saved;
    }

    /** Adds a log entry to the current round; entries are never edited, so they carry no version. */
    public Observation addObservation(Actor actor, String issueKey, int round, ObservationDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        writable(ref, round);
        Observation observation = validator.observation(draft == null ? new ObservationDraft(null, null, null) : draft,
                ref.initiativeId(), round, actor.userKey(), clock.instant());
        long inRound = repository.observations(ref.initiativeId()).stream().filter(o -> o.round() == round).count();
        if (inRound >= MAX_OBSERVATIONS_PER_ROUND) {
            throw new RoadmapException.Invalid(FieldError.of("text", "roadmap.error.tooMany",
                    "roadmap.pilot.field.observations", MAX_OBSERVATIONS_PER_ROUND));
        }
        Observation saved = repository.add(observation);
        audit.record(AuditEvent.of("pilot.observation", actor, "pilotObservation", saved.id(), ref.issueKey())
                .with("round", round).with("dimension", saved.dimension().name()));
        return saved;
    }

    public void deleteObservation(Actor actor, String issueKey, int round, long id) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        writable(ref, round);
        Observation o = repository.observation(ref.initiativeId(), id).filter(x -> x.round() == round)
                .orElseThrow(RoadmapException.NotFound::new);
        repository.delete(o);
        audit.record(AuditEvent.of("pilot.observation.delete", actor, "pilotObservation", id, ref.issueKey())
                .with("round", round));
    }

    /** The round being prepared or run now (null before the initiative reaches Service development). */
    public Optional<PilotRound> current(long initiativeId) {
        int current = currentRound(initiativeId);
        return current == 0 ? Optional.empty()
                : Optional.ofNullable(PilotRounds.round(initiativeId, current, repository.rounds(initiativeId), current));
    }

    /** The round number gates and writes are about; 0 when there is none yet. */
    public int currentRound(long initiativeId) {
        return stages.stage(initiativeId).map(PilotStage.Stage::currentRound).orElse(0);
    }

    /**
     * "New gains found — one click adds a gain": a gain on the initiative named {@code title} (or, when blank, the
     * first line of the round's new gains), its method the whole text, dated from the pilot's end. Any evaluated round
     * (adding a gain changes no round). 409 when the round names no new gains, a gain of that title exists, or this
     * version of the evaluation already gave a gain of that title (two clicks at once add one gain).
     */
    public GainFact addNewGain(Actor actor, String issueKey, int round, String title) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        int current = currentRound(ref.initiativeId());
        if (round < 1 || round > current) {
            throw new RoadmapException.NotFound();
        }
        PilotRound r = PilotRounds.round(ref.initiativeId(), current, repository.rounds(ref.initiativeId()), round);
        String found = r.evaluation() == null ? null : r.evaluation().newGains();
        if (found == null || found.isBlank()) {
            throw new RoadmapException.Conflict(FieldError.of("newGains", "roadmap.pilot.error.noNewGains", round));
        }
        String name = title == null || title.isBlank() ? r.evaluation().newGainTitle() : title.strip();
        boolean exists = gains.gains(actor, ref.issueKey()).stream().anyMatch(g -> g.title().equalsIgnoreCase(name));
        if (exists) {
            throw new RoadmapException.Conflict(FieldError.of("title", "roadmap.pilot.error.gainExists", name));
        }
        // The title check above does not hold against a second click at the same moment (the gain is written in the
        // gain feature's transaction, after it): each title is claimed first, once per saved evaluation; other clicks 409.
        repository.claimNewGain(ref.initiativeId(), round, r.version(), name);
        LocalDate from = r.plan().endDate() != null ? r.plan().endDate() : LocalDate.now(clock);
        GainFact added = gains.addGain(actor, ref.issueKey(), name, cut(found.strip(), MAX_GAIN_METHOD), from);
        audit.record(AuditEvent.of("pilot.newGain", actor, "pilotRound", ref.initiativeId(), ref.issueKey())
                .with("round", round).with("gainId", added.id()));
        return added;
    }

    /** The gain feature's limit of a method (GainValidator), so the whole text still makes a valid gain. */
    static final int MAX_GAIN_METHOD = 2000;

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private PilotRound writable(InitiativeRef ref, int round) {
        int current = currentRound(ref.initiativeId());
        if (round < 1 || round > current) {
            throw new RoadmapException.NotFound();
        }
        if (round < current) {
            // An earlier round is history: its decision document must not change under the decision.
            throw new RoadmapException.Conflict(FieldError.of("round", CLOSED, round, current));
        }
        return PilotRounds.round(ref.initiativeId(), current, repository.rounds(ref.initiativeId()), round);
    }

    private static void checkVersion(Long version, PilotRound current) {
        if (version == null) {
            throw new RoadmapException.Invalid(FieldError.of("version", "roadmap.error.required", "roadmap.field.version"));
        }
        if (version != current.version()) {
            throw RoadmapException.Conflict.staleVersion();
        }
    }
}
