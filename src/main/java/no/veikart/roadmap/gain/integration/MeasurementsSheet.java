package no.veikart.roadmap.gain.integration;

import no.veikart.roadmap.gain.domain.GainExportRow;
import no.veikart.roadmap.gain.domain.GainService;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.gain.view.GainViews;
import no.veikart.roadmap.workbook.domain.SheetData;
import no.veikart.roadmap.workbook.domain.SheetData.CellType;
import no.veikart.roadmap.workbook.domain.WorkbookScope;
import no.veikart.roadmap.workbook.domain.WorkbookSheet;

/** The workbook's Measurements sheet: one line per dated measurement, ready for a pivot table or a chart. */
public final class MeasurementsSheet implements WorkbookSheet {
    private final GainService gains;
    private final GainViews views;

    public MeasurementsSheet(GainService gains, GainViews views) {
        this.gains = gains;
        this.views = views;
    }

    @Override
    public String key() {
        return "measurements";
    }

    @Override
    public SheetData sheet(WorkbookScope scope) {
        SheetData.Builder sheet = SheetData.builder().text("roadmap.gain.export.project", 10)
                .text("roadmap.gain.export.initiative", 12).text("roadmap.gain.export.title", 32)
                .text("roadmap.gain.export.type", 12).text("roadmap.gain.export.unit", 10)
                .column("roadmap.workbook.column.measuredOn", CellType.DATE)
                .column("roadmap.workbook.column.value", CellType.DECIMAL)
                .text("roadmap.workbook.column.recordedBy", 16).text("roadmap.workbook.column.comment", 40);
        for (GainExportRow row : scope.rowsOf(gains::export, r -> r.initiative().initiativeId())) {
            var g = row.gain().gain();
            for (Measurement m : row.gain().measurements()) {
                sheet.row(row.initiative().projectKey(), row.initiative().issueKey(), g.title(),
                        views.typeName(g.type(), scope.locale()), views.unitName(g.unit(), scope.locale()), m.date(),
                        m.value(), m.recordedByKey(), m.comment());
            }
        }
        return sheet.build();
    }
}
