package no.veikart.roadmap.risk.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.SummaryPart;
import no.veikart.roadmap.risk.domain.Risk;
import no.veikart.roadmap.risk.domain.RiskRepository;

/**
 * The risk column of an initiative's summary row: the highest score after measures (the residual score, or the score
 * where no residual is assessed); null without risks. A score, not a level, so new matrix regions need no rebuild.
 */
public class RiskSummaryPart implements SummaryPart {
    private final RiskRepository repository;

    /** Reads through a repository of its own: the one the service writes with refreshes the rows that call this. */
    public RiskSummaryPart(ActiveObjects ao) {
        this.repository = new AoRiskRepository(ao, InitiativeFigures.NONE);
    }

    @Override
    public InitiativeSummary fill(InitiativeSummary r) {
        return new InitiativeSummary(r.initiativeId(), r.issueId(), r.issueKey(), r.projectKey(), r.summary(), r.currentPhase(),
                r.status(), r.levelsPresent(), r.levelsAnchored(), r.gainMoney(), r.gainHours(), r.gainDues(),
                highest(repository.findByInitiative(r.initiativeId())), r.unitsLiveWithoutCover(), r.statusReportColour());
    }

    static Integer highest(List<Risk> risks) {
        return risks.stream().map(Risk::residualScore).max(Integer::compare).orElse(null);
    }
}
