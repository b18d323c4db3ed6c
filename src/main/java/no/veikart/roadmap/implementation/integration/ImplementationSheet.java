package no.veikart.roadmap.implementation.integration;

import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.implementation.domain.ImplementationExportRow;
import no.veikart.roadmap.implementation.domain.ImplementationService;
import no.veikart.roadmap.implementation.domain.ImplementationSettings;
import no.veikart.roadmap.implementation.view.CoverageCellView;
import no.veikart.roadmap.implementation.view.ImplementationViews;
import no.veikart.roadmap.implementation.view.UnitView;
import no.veikart.roadmap.workbook.domain.SheetData;
import no.veikart.roadmap.workbook.domain.SheetData.CellType;
import no.veikart.roadmap.workbook.domain.WorkbookScope;
import no.veikart.roadmap.workbook.domain.WorkbookSheet;

/** The workbook's Implementation sheet: one line per unit, as the implementation CSV, with typed cells. */
public final class ImplementationSheet implements WorkbookSheet {
    private static final String H = "roadmap.implementation.export.";
    private final ImplementationService plans;
    private final ImplementationViews views;
    private final Texts texts;

    public ImplementationSheet(ImplementationService plans, ImplementationViews views, Texts texts) {
        this.plans = plans;
        this.views = views;
        this.texts = texts;
    }

    @Override
    public String key() {
        return "implementation";
    }

    @Override
    public SheetData sheet(WorkbookScope scope) {
        SheetData.Builder sheet = SheetData.builder().text(H + "project", 10).text(H + "initiative", 12)
                .text(H + "unit", 24).column(H + "staff", CellType.INTEGER).text(H + "shifts", 20)
                .text(H + "pilotUnit", 8).text(H + "testUnit", 8).column(H + "plannedGoLive", CellType.DATE)
                .text(H + "status", 14).column(H + "trainedPercent", CellType.PERCENT).text(H + "superUsers", 30)
                .text(H + "gaps", 20).column(H + "followUpDue", CellType.DATE).column(H + "monitoringDate", CellType.DATE)
                .text(H + "monitoringOutcome", 30);
        ImplementationSettings settings = plans.settings();
        String yes = texts.text(scope.locale(), H + "yes");
        for (ImplementationExportRow row : scope.rowsOf(plans::export, r -> r.initiative().initiativeId())) {
            UnitView u = views.unit(row.unit(), settings, scope.today(), scope.locale());
            sheet.row(row.initiative().projectKey(), row.initiative().issueKey(), u.name(), u.staff(),
                    u.coverage().stream().map(CoverageCellView::shiftName).collect(Collectors.joining(", ")),
                    u.pilotUnit() ? yes : null, u.testUnit() ? yes : null, row.unit().plannedGoLive(), u.statusName(), u.trainedPercent(),
                    u.superUsers().stream().map(s -> s.name() + " (" + s.shiftName() + ")").collect(Collectors.joining(", ")),
                    u.coverage().stream().filter(CoverageCellView::gap).map(CoverageCellView::shiftName)
                            .collect(Collectors.joining(", ")),
                    SheetData.date(u.followUpDue()), SheetData.date(u.monitoringDate()), u.monitoringOutcome());
        }
        return sheet.build();
    }
}
