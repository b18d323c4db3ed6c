package no.veikart.roadmap.reporting.integration;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.reporting.domain.Aspect;
import no.veikart.roadmap.reporting.domain.StatusReport;
import no.veikart.roadmap.reporting.domain.StatusReportRepository;
import no.veikart.roadmap.reporting.view.StatusReportViews;
import no.veikart.roadmap.workbook.domain.SheetData;
import no.veikart.roadmap.workbook.domain.SheetData.CellType;
import no.veikart.roadmap.workbook.domain.WorkbookScope;
import no.veikart.roadmap.workbook.domain.WorkbookScope.WorkbookInitiative;
import no.veikart.roadmap.workbook.domain.WorkbookSheet;

/**
 * The workbook's Status reports sheet: every published report of the scope's initiatives, newest month first. Drafts
 * stay with their authors. The scope holds only initiatives the caller may browse, so the reports are read directly.
 */
public final class StatusReportsSheet implements WorkbookSheet {
    private final StatusReportRepository reports;
    private final StatusReportViews views;
    private final ZoneId zone;

    public StatusReportsSheet(StatusReportRepository reports, StatusReportViews views) {
        this(reports, views, ZoneId.systemDefault());
    }

    public StatusReportsSheet(StatusReportRepository reports, StatusReportViews views, ZoneId zone) {
        this.reports = reports;
        this.views = views;
        this.zone = zone;
    }

    @Override
    public String key() {
        return "statusReports";
    }

    @Override
    public SheetData sheet(WorkbookScope scope) {
        SheetData.Builder sheet = SheetData.builder().text("roadmap.workbook.column.project", 10)
                .text("roadmap.workbook.column.initiative", 12).text("roadmap.workbook.column.summary", 32)
                .text("roadmap.reporting.field.period", 10);
        for (Aspect a : Aspect.values()) {
            sheet.text(a.labelKey(), 12);
        }
        sheet.text("roadmap.reporting.field.comment", 40).text("roadmap.workbook.column.publishedBy", 18)
                .column("roadmap.workbook.column.publishedOn", CellType.DATE);
        Map<Long, List<StatusReport>> published = scope.initiatives().isEmpty() ? Map.of()
                : reports.publishedOf(scope.initiativeIds());
        for (WorkbookInitiative i : scope.initiatives()) {
            for (StatusReport r : published.getOrDefault(i.initiativeId(), List.of())) {
                Object[] cells = new Object[4 + Aspect.values().length + 3];
                int c = 0;
                cells[c++] = i.projectKey();
                cells[c++] = i.issueKey();
                cells[c++] = i.summary();
                cells[c++] = r.period().toString();
                for (Aspect a : Aspect.values()) {
                    cells[c++] = views.lightName(r.light(a), scope.locale());
                }
                cells[c++] = r.comment();
                cells[c++] = r.publishedBy() == null ? null : views.report(r, scope.locale()).publishedBy();
                cells[c] = r.publishedAt() == null ? null : LocalDate.ofInstant(r.publishedAt(), zone);
                sheet.row(cells);
            }
        }
        return sheet.build();
    }
}
