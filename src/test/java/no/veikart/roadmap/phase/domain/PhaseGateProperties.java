package no.veikart.roadmap.phase.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;

/** Gate rules over random step states and targets: nobody gets past open mandatory steps without a recorded reason. */
class PhaseGateProperties {
    private static final Actor ACTOR = new Actor("u", "u", "U", Locale.ENGLISH);
    private static final List<String> PHASES = DefaultTemplate.create().phases().stream().map(PhaseDefinition::key).toList();

    @Provide
    Arbitrary<Initiative> initiatives() {
        Arbitrary<String> current = Arbitraries.of(PHASES);
        Arbitrary<List<Boolean>> done = Arbitraries.of(true, false).list().ofSize(40);
        return net.jqwik.api.Combinators.combine(current, done).as((phase, flags) -> {
            Initiative base = Initiatives.at(phase);
            int[] index = {0};
            return base.withPhases(base.phases().stream()
                    .map(p -> p.withSteps(p.steps().stream().map(s -> s.markDone(flags.get(index[0]++ % flags.size()), "u", null)).toList()))
                    .toList());
        });
    }

    @Property(tries = 500)
    boolean forwardMovesWithoutOverridePassOnlyWhenEveryCrossedMandatoryStepIsDone(
            @ForAll("initiatives") Initiative initiative, @ForAll("phases") String to) {
        int from = initiative.indexOf(initiative.currentPhase());
        int target = initiative.indexOf(to);
        if (target <= from || "PILOTING".equals(initiative.currentPhase())) {
            return true;
        }
        boolean allDone = initiative.phases().subList(from, target).stream().allMatch(p -> p.openMandatorySteps().isEmpty());
        PhaseGate.Outcome outcome = PhaseGate.evaluate(initiative, new MoveRequest(to, null, null, null), ACTOR, Instant.EPOCH);
        return allDone == (outcome instanceof PhaseGate.Moved);
    }

    @Property(tries = 500)
    boolean everyPassedGateWithOpenStepsRecordsTheReasonAndTheSteps(
            @ForAll("initiatives") Initiative initiative, @ForAll("phases") String to) {
        if ("PILOTING".equals(initiative.currentPhase()) || to.equals(initiative.currentPhase())) {
            return true;
        }
        PhaseGate.Outcome outcome = PhaseGate.evaluate(initiative, new MoveRequest(to, null, "because", null), ACTOR, Instant.EPOCH);
        PhaseGate.Moved moved = (PhaseGate.Moved) outcome;
        PhaseMove move = moved.move();
        return moved.initiative().currentPhase().equals(to)
                && move.missingSteps().isEmpty() == (move.overrideReason() == null)
                && moved.initiative().phases().stream().filter(p -> p.status().isCurrent()).count() == 1;
    }

    @Property(tries = 300)
    boolean pilotingIsNeverLeftWithoutADecision(@ForAll("initiatives") Initiative any, @ForAll("phases") String to) {
        Initiative piloting = Initiatives.withMandatoryDone(Initiatives.at("PILOTING"), "PILOTING");
        try {
            PhaseGate.evaluate(piloting, new MoveRequest(to, null, "override", null), ACTOR, Instant.EPOCH);
            return false;
        } catch (RoadmapException.Invalid e) {
            return any != null;
        }
    }

    @Provide
    Arbitrary<String> phases() {
        return Arbitraries.of(PHASES);
    }
}
