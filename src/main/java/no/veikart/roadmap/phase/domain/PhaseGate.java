package no.veikart.roadmap.phase.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.InputRules;
import no.veikart.roadmap.common.domain.RoadmapException;

/**
 * The phase-gate rules of the roadmap, in one place for REST, the issue panel and the workflow validator.
 *
 * <ul>
 *   <li>A halted initiative does not move.</li>
 *   <li>Moving forward needs every mandatory step of the current phase, and of every phase skipped on the way, done;
 *       otherwise the move is blocked with the open steps, unless an override reason is given (it is recorded).</li>
 *   <li>Leaving piloting needs a decision; the decision decides the target. Only leaving piloting takes one.</li>
 *   <li>Moving back (to an earlier phase) is never blocked: it reopens work, it skips nothing.</li>
 *   <li>Other features' {@link GateCondition}s block a forward move the same way, for each phase it leaves or skips,
 *       and the same override reason lets it pass.</li>
 * </ul>
 */
public final class PhaseGate {
    public static final int MAX_REASON = 2000;
    static final String PILOTING = StandardPhase.PILOTING.name();

    private PhaseGate() {
    }

    /** The outcome of a move request: either the open steps that block it, or the initiative after the move. */
    public sealed interface Outcome permits Blocked, Moved {
    }

    public record Blocked(List<StepProgress> missingSteps, List<GateCondition.GateRequirement> unmet) implements Outcome {
        public Blocked {
            missingSteps = List.copyOf(missingSteps);
            unmet = List.copyOf(unmet);
        }

        public Blocked(List<StepProgress> missingSteps) {
            this(missingSteps, List.of());
        }
    }

    public record Moved(Initiative initiative, PhaseMove move) implements Outcome {
    }

    public static Outcome evaluate(Initiative initiative, MoveRequest request, Actor actor, Instant now) {
        return evaluate(initiative, request, actor, now, phaseKey -> List.of());
    }

    public static Outcome evaluate(Initiative initiative, MoveRequest request, Actor actor, Instant now,
            Function<String, List<GateCondition.GateRequirement>> conditions) {
        return evaluate(initiative, request, actor, now, conditions, null);
    }

    /**
     * {@code conditions} gives what other features' gate conditions find unmet for leaving a phase; {@code advised}
     * is the decision the pilot evaluation recommends (null: none). A piloting decision against it needs a reason,
     * and the move records what was advised.
     */
    public static Outcome evaluate(Initiative initiative, MoveRequest request, Actor actor, Instant now,
            Function<String, List<GateCondition.GateRequirement>> conditions, Decision advised) {
        if (initiative.status() == InitiativeStatus.HALTED) {
            throw new RoadmapException.Conflict(FieldError.of("to", "roadmap.gate.halted"));
        }
        String from = initiative.currentPhase();
        boolean leavingPiloting = PILOTING.equals(from);
        Decision decision = request.decision();
        String overrideReason = checkedText(request.overrideReason(), "overrideReason", "roadmap.field.overrideReason");
        String reason = checkedText(request.reason(), "reason", "roadmap.field.reason");
        String to = blankToNull(request.to());

        if (decision != null && !leavingPiloting) {
            throw new RoadmapException.Invalid(FieldError.of("decision", "roadmap.gate.decisionNotAllowed"));
        }
        if (leavingPiloting && decision == null) {
            throw new RoadmapException.Invalid(FieldError.of("decision", "roadmap.gate.decisionRequired"));
        }
        Decision recorded = leavingPiloting ? advised : null;
        if (recorded != null && decision != recorded && reason == null) {
            throw new RoadmapException.Invalid(FieldError.of("reason", "roadmap.gate.againstAdviceReason",
                    decision.nameKey(), recorded.nameKey()));
        }
        if (decision == Decision.HALT) {
            if (reason == null && overrideReason == null) {
                throw new RoadmapException.Invalid(FieldError.of("reason", "roadmap.error.required", "roadmap.field.reason"));
            }
            return halt(initiative, actor, now, reason != null ? reason : overrideReason, recorded);
        }
        if (decision != null) {
            if (to == null) {
                to = decision.target();
            } else if (!to.equals(decision.target())) {
                throw new RoadmapException.Invalid(FieldError.of("to", "roadmap.gate.decisionTargetMismatch",
                        decision.nameKey(), "roadmap.phase." + decision.target() + ".name", phaseLabel(to)));
            }
        }
        if (to == null) {
            throw new RoadmapException.Invalid(FieldError.of("to", "roadmap.error.required", "roadmap.field.to"));
        }
        int fromIndex = initiative.indexOf(from);
        int toIndex = initiative.indexOf(to);
        if (toIndex < 0) {
            throw new RoadmapException.Invalid(FieldError.of("to", "roadmap.gate.unknownPhase", to));
        }
        boolean newPilotRound = decision == Decision.FURTHER_TESTS;
        if (toIndex == fromIndex && !newPilotRound) {
            throw new RoadmapException.Invalid(FieldError.of("to", "roadmap.gate.samePhase", phaseLabel(to)));
        }

        List<StepProgress> missing = new ArrayList<>();
        List<GateCondition.GateRequirement> unmet = new ArrayList<>();
        if (toIndex > fromIndex) {
            for (int i = fromIndex; i < toIndex; i++) {
                missing.addAll(initiative.phases().get(i).openMandatorySteps());
                unmet.addAll(conditions.apply(initiative.phases().get(i).phaseKey()));
            }
        }
        boolean blocked = !missing.isEmpty() || !unmet.isEmpty();
        if (blocked && overrideReason == null) {
            return new Blocked(missing, unmet);
        }
        return move(initiative, from, to, decision, blocked ? overrideReason : null, reason, missing, actor, now,
                newPilotRound, recorded);
    }

    private static Outcome move(Initiative initiative, String from, String to, Decision decision, String overrideReason,
            String reason, List<StepProgress> missing, Actor actor, Instant now, boolean newPilotRound, Decision advised) {
        int round = initiative.pilotRound();
        List<PhaseProgress> phases = new ArrayList<>();
        for (PhaseProgress p : initiative.phases()) {
            PhaseProgress updated = p;
            if (p.phaseKey().equals(to)) {
                if (newPilotRound) {
                    // A new pilot round is run from the plan again: its steps are open once more.
                    updated = p.withSteps(p.steps().stream().map(s -> s.markDone(false, null, null)).toList())
                            .withStatus(PhaseStatus.REOPENED);
                } else {
                    updated = p.withStatus(p.status() == PhaseStatus.NOT_STARTED ? PhaseStatus.ACTIVE : PhaseStatus.REOPENED);
                }
            } else if (p.phaseKey().equals(from)) {
                updated = p.withStatus(PhaseStatus.DONE);
            }
            phases.add(updated);
        }
        if (newPilotRound || PILOTING.equals(to) && !PILOTING.equals(from)) {
            round = round + 1;
        }
        PhaseMove move = new PhaseMove(from, to, decision, overrideReason, reason,
                missing.stream().map(StepProgress::stepKey).toList(), actor.userKey(), actor.displayName(), now, round,
                decision == null ? null : advised);
        return new Moved(initiative.with(to, InitiativeStatus.ACTIVE, round, phases, move), move);
    }

    private static Outcome halt(Initiative initiative, Actor actor, Instant now, String reason, Decision advised) {
        String from = initiative.currentPhase();
        List<PhaseProgress> phases = initiative.phases().stream()
                .map(p -> p.phaseKey().equals(from) ? p.withStatus(PhaseStatus.HALTED) : p)
                .toList();
        PhaseMove move = new PhaseMove(from, null, Decision.HALT, null, reason, List.of(), actor.userKey(),
                actor.displayName(), now, initiative.pilotRound(), advised);
        return new Moved(initiative.with(from, InitiativeStatus.HALTED, initiative.pilotRound(), phases, move), move);
    }

    private static String phaseLabel(String key) {
        return "roadmap.phase." + key + ".name";
    }

    private static String checkedText(String raw, String field, String labelKey) {
        String text = blankToNull(raw);
        if (text != null && !InputRules.isCleanText(text, true)) {
            throw new RoadmapException.Invalid(FieldError.of(field, "roadmap.error.invalidValue", labelKey));
        }
        if (text != null && text.length() > MAX_REASON) {
            throw new RoadmapException.Invalid(FieldError.of(field, "roadmap.error.tooLong", labelKey, MAX_REASON));
        }
        return text;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
