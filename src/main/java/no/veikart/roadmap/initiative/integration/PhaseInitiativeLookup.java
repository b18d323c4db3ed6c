package no.veikart.roadmap.initiative.integration;

import java.util.List;
import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeRepository;
import no.veikart.roadmap.phase.domain.IssueTracker;
import no.veikart.roadmap.phase.domain.PhaseProgress;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/** The anchoring tool's initiatives, read from the phase feature (permissions are the stakeholder service's job). */
public class PhaseInitiativeLookup implements InitiativeLookup {
    private final IssueTracker issues;
    private final InitiativeRepository initiatives;

    public PhaseInitiativeLookup(IssueTracker issues, InitiativeRepository initiatives) {
        this.issues = issues;
        this.initiatives = initiatives;
    }

    @Override
    public Optional<InitiativeRef> find(Actor actor, String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        return issues.find(issueKey.strip()).flatMap(issue -> initiatives.findByAnyIssueId(issue.id())).map(PhaseInitiativeLookup::ref);
    }

    @Override
    public List<InitiativeRef> findInProject(Actor actor, String projectKey) {
        return initiatives.outlinesInProject(projectKey).stream()
                .map(o -> new InitiativeRef(o.id(), o.issueId(), o.issueKey(), o.projectKey(), o.phaseKeys(), o.currentPhase()))
                .toList();
    }

    static InitiativeRef ref(Initiative i) {
        return new InitiativeRef(i.id(), i.issue().id(), i.issue().key(), i.projectKey(),
                i.phases().stream().map(PhaseProgress::phaseKey).toList(), i.currentPhase());
    }
}
