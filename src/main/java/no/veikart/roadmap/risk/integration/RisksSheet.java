package no.veikart.roadmap.risk.integration;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.veikart.roadmap.risk.domain.Risk;
import no.veikart.roadmap.risk.domain.RiskExportRow;
import no.veikart.roadmap.risk.domain.RiskService;
import no.veikart.roadmap.risk.view.MeasureView;
import no.veikart.roadmap.risk.view.RiskView;
import no.veikart.roadmap.risk.view.RiskViews;
import no.veikart.roadmap.workbook.domain.SheetData;
import no.veikart.roadmap.workbook.domain.SheetData.CellType;
import no.veikart.roadmap.workbook.domain.WorkbookScope;
import no.veikart.roadmap.workbook.domain.WorkbookSheet;

/** The workbook's Risks sheet: the risk CSV's columns, scores as numbers and dates as dates. */
public final class RisksSheet implements WorkbookSheet {
    private static final String H = "roadmap.risk.export.";
    private final RiskService risks;
    private final RiskViews views;

    public RisksSheet(RiskService risks, RiskViews views) {
        this.risks = risks;
        this.views = views;
    }

    @Override
    public String key() {
        return "risks";
    }

    @Override
    public SheetData sheet(WorkbookScope scope) {
        Locale locale = scope.locale();
        SheetData.Builder sheet = SheetData.builder().text(H + "project", 10).text(H + "initiative", 12)
                .text(H + "title", 32).text(H + "category", 16).column(H + "likelihood", CellType.INTEGER)
                .column(H + "consequence", CellType.INTEGER).column(H + "score", CellType.INTEGER).text(H + "level", 10)
                .column(H + "residualLikelihood", CellType.INTEGER).column(H + "residualConsequence", CellType.INTEGER)
                .column(H + "residualScore", CellType.INTEGER).text(H + "residualLevel", 10).text(H + "owner", 16)
                .column(H + "nextReview", CellType.DATE).text(H + "measures", 50).text(H + "contingency", 30)
                .text(H + "acceptedBy", 16).text(H + "acceptanceReason", 30).column(H + "acceptanceDate", CellType.DATE);
        for (RiskExportRow row : scope.rowsOf(risks::export, r -> r.initiative().initiativeId())) {
            Risk risk = row.risk();
            RiskView r = views.risk(risk, risks.regions(), scope.today(), Map.of(), locale);
            String measures = r.measures().stream().map(MeasureView::exportLine).collect(Collectors.joining("\n"));
            sheet.row(row.initiative().projectKey(), row.initiative().issueKey(), r.title(), r.categoryName(),
                    r.likelihood(), r.consequence(), r.score(), r.levelName(), r.residualLikelihood(),
                    r.residualConsequence(), r.residualScore(), r.residualLevel() == null ? null : r.effectiveResidualLevelName(),
                    r.ownerName(), risk.nextReview(), measures, r.contingency(),
                    risk.acceptance() == null ? null : r.acceptance().byName(),
                    risk.acceptance() == null ? null : r.acceptance().reason(),
                    risk.acceptance() == null ? null : risk.acceptance().date());
        }
        return sheet.build();
    }
}
