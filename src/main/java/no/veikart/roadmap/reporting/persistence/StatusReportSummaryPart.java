package no.veikart.roadmap.reporting.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.SummaryPart;
import no.veikart.roadmap.reporting.domain.ReportState;

/** STATUS_REPORT_COLOUR of the summary row: the overall light of the latest published report (one indexed query). */
public class StatusReportSummaryPart implements SummaryPart {
    private final ActiveObjects ao;

    public StatusReportSummaryPart(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public InitiativeSummary fill(InitiativeSummary r) {
        StatusReportEntity[] rows = ao.find(StatusReportEntity.class, Query.select("ID, INITIATIVE_ID, PERIOD, STATE, LIGHT_OVERALL")
                .where("INITIATIVE_ID = ? AND STATE = ?", r.initiativeId(), ReportState.PUBLISHED.name())
                .order("PERIOD DESC, ID DESC").limit(1));
        String colour = rows.length == 0 ? null : rows[0].getLightOverall();
        // The canonical constructor: InitiativeSummary has no wither for this column, and its shape is shared.
        return new InitiativeSummary(r.initiativeId(), r.issueId(), r.issueKey(), r.projectKey(), r.summary(),
                r.currentPhase(), r.status(), r.levelsPresent(), r.levelsAnchored(), r.gainMoney(), r.gainHours(),
                r.gainDues(), r.highestResidualRisk(), r.unitsLiveWithoutCover(), colour);
    }
}
