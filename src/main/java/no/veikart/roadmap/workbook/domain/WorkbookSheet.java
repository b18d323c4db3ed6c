package no.veikart.roadmap.workbook.domain;

/**
 * The port through which a feature contributes one sheet to the portfolio workbook. Implemented in the feature's
 * integration package from its own service (which checks browse permission again), never from another feature's
 * tables. The workbook names the sheet {@code roadmap.workbook.sheet.<key>} in the reader's language.
 */
public interface WorkbookSheet {
    /** {@code gains}, {@code measurements}, …: the sheet's text key and its order in the bean list. */
    String key();

    /** The sheet's rows for the initiatives of {@code scope} (the caller may browse them all). */
    SheetData sheet(WorkbookScope scope);
}
