package no.veikart.roadmap.gain.integration;

import java.util.Locale;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainExportRow;
import no.veikart.roadmap.gain.domain.GainProgress;
import no.veikart.roadmap.gain.domain.GainService;
import no.veikart.roadmap.gain.domain.TrackedGain;
import no.veikart.roadmap.gain.view.GainViews;
import no.veikart.roadmap.workbook.domain.SheetData;
import no.veikart.roadmap.workbook.domain.SheetData.CellType;
import no.veikart.roadmap.workbook.domain.WorkbookScope;
import no.veikart.roadmap.workbook.domain.WorkbookSheet;

/** The workbook's Gains sheet: the gain CSV's columns, with numbers, money and dates typed. */
public final class GainsSheet implements WorkbookSheet {
    private static final String H = "roadmap.gain.export.";
    private final GainService gains;
    private final GainViews views;

    public GainsSheet(GainService gains, GainViews views) {
        this.gains = gains;
        this.views = views;
    }

    @Override
    public String key() {
        return "gains";
    }

    @Override
    public SheetData sheet(WorkbookScope scope) {
        Locale locale = scope.locale();
        SheetData.Builder sheet = SheetData.builder().text(H + "project", 10).text(H + "initiative", 12)
                .text(H + "title", 32).text(H + "type", 12).text(H + "indicator", 24).text(H + "unit", 10)
                .text(H + "currency", 8).column(H + "baselineValue", CellType.DECIMAL).column(H + "baselineDate", CellType.DATE)
                .column(H + "targetValue", CellType.DECIMAL).column(H + "targetDate", CellType.DATE).text(H + "owner", 16)
                .text(H + "method", 24).text(H + "frequency", 12).column(H + "latestValue", CellType.DECIMAL)
                .column(H + "latestDate", CellType.DATE).column(H + "realisedPercent", CellType.PERCENT)
                .column(H + "plannedPercentToday", CellType.PERCENT).text(H + "status", 14).text(H + "trend", 12)
                .column(H + "nextMeasurementDue", CellType.DATE).column(H + "plannedYearlyValue", CellType.DECIMAL)
                .column(H + "realisedYearlyValue", CellType.DECIMAL).text(H + "moneyCurrency", 8)
                .column(H + "plannedYearlyMoney", CellType.MONEY).column(H + "realisedYearlyMoney", CellType.MONEY);
        for (GainExportRow row : scope.rowsOf(gains::export, r -> r.initiative().initiativeId())) {
            TrackedGain t = row.gain();
            Gain g = t.gain();
            GainProgress p = t.progress();
            boolean money = t.plannedMoney().currency() != null;
            sheet.row(row.initiative().projectKey(), row.initiative().issueKey(), g.title(), views.typeName(g.type(), locale),
                    g.indicator(), views.unitName(g.unit(), locale), g.currency() == null ? null : g.currency().name(),
                    g.baselineValue(), g.baselineDate(), g.targetValue(), g.targetDate(), g.ownerKey(), g.method(),
                    views.frequencyName(g.frequency(), locale), p.latest() == null ? null : p.latest().value(),
                    p.latest() == null ? null : p.latest().date(), p.realisedPercent(), t.plannedPercentToday(),
                    views.statusName(p.status(), locale), p.trend() == null ? null : views.trendName(p.trend(), locale),
                    p.nextMeasurementDue(), t.plannedYearlyValue(), t.realisedYearlyValue(),
                    money ? t.plannedMoney().currency().name() : null, money ? t.plannedMoney().amount() : null,
                    money ? t.realisedMoney().amount() : null);
        }
        return sheet.build();
    }
}
