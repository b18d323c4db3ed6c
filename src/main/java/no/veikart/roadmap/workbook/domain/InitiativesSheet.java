package no.veikart.roadmap.workbook.domain;

import java.util.Locale;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.workbook.domain.SheetData.CellType;
import no.veikart.roadmap.workbook.domain.WorkbookScope.WorkbookInitiative;

/** The first sheet: one line per initiative, from the portfolio read model (no feature's tables). */
public final class InitiativesSheet implements WorkbookSheet {
    private final Texts texts;

    public InitiativesSheet(Texts texts) {
        this.texts = texts;
    }

    @Override
    public String key() {
        return "initiatives";
    }

    @Override
    public SheetData sheet(WorkbookScope scope) {
        Locale locale = scope.locale();
        SheetData.Builder sheet = SheetData.builder()
                .text("roadmap.workbook.column.project", 10)
                .text("roadmap.workbook.column.initiative", 12)
                .text("roadmap.workbook.column.summary", 40)
                .text("roadmap.workbook.column.phase", 24)
                .text("roadmap.workbook.column.status", 12)
                .text("roadmap.workbook.column.overallLight", 14)
                .column("roadmap.workbook.column.highestResidualRisk", CellType.INTEGER);
        for (WorkbookInitiative i : scope.initiatives()) {
            sheet.row(i.projectKey(), i.issueKey(), i.summary(), phaseName(i.currentPhase(), locale),
                    i.status() == null ? null : named(locale, "roadmap.initiative.status." + i.status(), i.status()),
                    i.statusReportColour() == null ? null
                            : named(locale, "roadmap.reporting.light." + i.statusReportColour(), i.statusReportColour()),
                    i.highestResidualRisk());
        }
        return sheet.build();
    }

    /** Standard phases by their translated name; phases of edited templates by their key. */
    private String phaseName(String key, Locale locale) {
        return key == null ? null : named(locale, "roadmap.phase." + key + ".name", key);
    }

    private String named(Locale locale, String textKey, String fallback) {
        return texts.has(textKey) ? texts.text(locale, textKey) : fallback;
    }
}
