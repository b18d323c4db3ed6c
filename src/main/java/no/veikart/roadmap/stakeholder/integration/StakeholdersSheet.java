package no.veikart.roadmap.stakeholder.integration;

import java.util.Locale;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;
import no.veikart.roadmap.stakeholder.domain.StakeholderExportRow;
import no.veikart.roadmap.stakeholder.domain.StakeholderService;
import no.veikart.roadmap.stakeholder.view.StakeholderView;
import no.veikart.roadmap.stakeholder.view.StakeholderViews;
import no.veikart.roadmap.workbook.domain.SheetData;
import no.veikart.roadmap.workbook.domain.SheetData.CellType;
import no.veikart.roadmap.workbook.domain.WorkbookScope;
import no.veikart.roadmap.workbook.domain.WorkbookSheet;

/** The workbook's Stakeholders sheet: the stakeholder CSV's columns, scores as numbers and contacts as dates. */
public final class StakeholdersSheet implements WorkbookSheet {
    private static final String H = "roadmap.stakeholder.export.";
    private final StakeholderService stakeholders;
    private final StakeholderViews views;

    public StakeholdersSheet(StakeholderService stakeholders, StakeholderViews views) {
        this.stakeholders = stakeholders;
        this.views = views;
    }

    @Override
    public String key() {
        return "stakeholders";
    }

    @Override
    public SheetData sheet(WorkbookScope scope) {
        Locale locale = scope.locale();
        SheetData.Builder sheet = SheetData.builder().text(H + "project", 10).text(H + "initiative", 12)
                .text(H + "name", 24).text(H + "group", 20).text(H + "level", 20).text(H + "effect", 30)
                .column(H + "attitude", CellType.INTEGER).column(H + "desiredAttitude", CellType.INTEGER)
                .column(H + "attitudeGap", CellType.INTEGER).column(H + "influence", CellType.INTEGER)
                .column(H + "interest", CellType.INTEGER).text(H + "quadrant", 16).text(H + "involvement", 16)
                .text(H + "owner", 16).column(H + "lastContact", CellType.DATE).column(H + "nextContact", CellType.DATE)
                .text(H + "currentPhase", 24).text(H + "currentStatus", 14).text(H + "notes", 40);
        for (StakeholderExportRow row : scope.rowsOf(stakeholders::export, r -> r.initiative().initiativeId())) {
            Stakeholder s = row.stakeholder();
            StakeholderView v = views.stakeholder(s, row.initiative().currentPhase(), locale, scope.today());
            sheet.row(row.initiative().projectKey(), row.initiative().issueKey(), v.name(), v.group(), v.levelName(),
                    v.effect(), v.attitude(), v.desiredAttitude(), v.attitudeGap(), v.influence(), v.interest(),
                    v.quadrantName(), v.involvementName(), v.owner(), s.lastContact(), s.nextContact(),
                    views.phaseName(row.initiative().currentPhase(), locale), v.currentStatusName(), v.notes());
        }
        return sheet.build();
    }
}
