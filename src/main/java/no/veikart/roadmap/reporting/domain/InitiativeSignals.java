package no.veikart.roadmap.reporting.domain;

import java.util.List;
import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;

/**
 * What status reports read of the other features, through ports this feature owns (implemented in
 * {@code reporting.integration} over the other features' services, never their tables). Each read runs for the
 * report's author, with that author's browse permission.
 */
public final class InitiativeSignals {
    private InitiativeSignals() {
    }

    /** The gain realisation plan in numbers: gains tracked, of them at risk and not yet measured. */
    public record GainFacts(int total, int atRisk, int notStarted) {
    }

    /** The anchoring tool in numbers: stakeholders listed and the expected levels nobody is anchored at now. */
    public record AnchoringFacts(int stakeholders, List<String> levelsNotAnchored) {
        public AnchoringFacts {
            levelsNotAnchored = List.copyOf(levelsNotAnchored);
        }
    }

    /**
     * Progress through the phases: halted or not, the current phase and its place, and how many mandatory steps of
     * phases already left were skipped by an override and are still open.
     */
    public record PhaseFacts(boolean halted, String currentPhase, int phaseIndex, int phaseCount, int skippedOpenSteps) {
    }

    /** Risks after measures: how many are high and medium. */
    public record RiskFacts(int highResidual, int mediumResidual) {
    }

    @FunctionalInterface
    public interface Gains {
        GainFacts gains(Actor actor, String issueKey);
    }

    @FunctionalInterface
    public interface Anchoring {
        AnchoringFacts anchoring(Actor actor, String issueKey);
    }

    @FunctionalInterface
    public interface Phases {
        PhaseFacts phases(Actor actor, String issueKey);
    }

    /** Empty without risks ("no data"): the author then chooses the risks light. */
    @FunctionalInterface
    public interface Risks {
        Optional<RiskFacts> risks(Actor actor, String issueKey);
    }
}
