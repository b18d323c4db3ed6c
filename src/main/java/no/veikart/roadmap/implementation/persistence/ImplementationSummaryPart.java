package no.veikart.roadmap.implementation.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.time.LocalDate;
import no.veikart.roadmap.implementation.domain.ImplementationRepository;
import no.veikart.roadmap.implementation.domain.ImplementationRules;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.SummaryPart;

/**
 * The implementation column of an initiative's summary row: units live or stable with a shift nobody covers on the
 * day of the change (null without units). A leaver's last day passing changes no row; the portfolio's rebuild and the
 * next change of the plan bring it in step.
 */
public class ImplementationSummaryPart implements SummaryPart {
    private final ImplementationRepository repository;
    private final Clock clock;

    /** Reads through a repository of its own: the one the service writes with refreshes the rows that call this. */
    public ImplementationSummaryPart(ActiveObjects ao, Clock clock) {
        this.repository = new AoImplementationRepository(ao, InitiativeFigures.NONE);
        this.clock = clock;
    }

    @Override
    public InitiativeSummary fill(InitiativeSummary r) {
        var units = repository.findByInitiative(r.initiativeId());
        LocalDate today = LocalDate.now(clock);
        Integer uncovered = units.isEmpty() ? null : (int) units.stream()
                .filter(u -> u.status().isLive() && !ImplementationRules.currentGaps(u, today).isEmpty()).count();
        return new InitiativeSummary(r.initiativeId(), r.issueId(), r.issueKey(), r.projectKey(), r.summary(), r.currentPhase(),
                r.status(), r.levelsPresent(), r.levelsAnchored(), r.gainMoney(), r.gainHours(), r.gainDues(),
                r.highestResidualRisk(), uncovered, r.statusReportColour());
    }
}
