package no.veikart.roadmap.workbook.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.veikart.roadmap.workbook.domain.SheetData;
import no.veikart.roadmap.workbook.domain.SheetData.Column;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes sheets as an .xlsx with fastexcel (docs/workbook.md): header row bold and frozen, an auto-filter over the
 * table, column widths, dates as dates, numbers as numbers with a format. Text goes to the shared string table and is
 * never a formula — fastexcel writes a formula only through {@code Worksheet.formula}, which this class never calls —
 * so "=cmd|…" stays text in Excel.
 */
final class XlsxWorkbook {
    /** Excel's limit for one cell's text. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final String DATE = "yyyy-mm-dd";
    private static final String INTEGER = "#,##0";
    private static final String DECIMAL = "#,##0.##";
    private static final String MONEY = "#,##0.00";
    private static final String PERCENT = "0.0%";

    private XlsxWorkbook() {
    }

    /** @param names sheet key → sheet name; @param headers header text key → header text */
    static void write(OutputStream out, Map<String, SheetData> sheets, Function<String, String> names,
            Function<String, String> headers) throws IOException {
        Workbook wb = new Workbook(out, "Service Innovation Roadmap", "1.0");
        for (Map.Entry<String, SheetData> entry : sheets.entrySet()) {
            sheet(wb.newWorksheet(sheetName(names.apply(entry.getKey()))), entry.getValue(), headers);
        }
        wb.finish();
    }

    private static void sheet(Worksheet ws, SheetData data, Function<String, String> headers) {
        List<Column> columns = data.columns();
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, clean(headers.apply(columns.get(c).headerKey())));
            ws.width(c, columns.get(c).width() + 2);
        }
        ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("DDE4EE").set();
        int r = 1;
        for (List<Object> row : data.rows()) {
            for (int c = 0; c < columns.size(); c++) {
                cell(ws, r, c, columns.get(c).type(), row.get(c));
            }
            r++;
        }
        ws.freezePane(0, 1);
        ws.setAutoFilter(0, 0, Math.max(0, data.rows().size()), columns.size() - 1);
    }

    private static void cell(Worksheet ws, int r, int c, SheetData.CellType type, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            ws.value(r, c, clean(text));
        } else if (value instanceof LocalDate date) {
            ws.value(r, c, date);
            ws.style(r, c).format(DATE).set();
        } else if (value instanceof Number number) {
            boolean percent = type == SheetData.CellType.PERCENT;
            ws.value(r, c, percent ? new BigDecimal(number.toString()).movePointLeft(2) : number);
            ws.style(r, c).format(switch (type) {
                case INTEGER -> INTEGER;
                case MONEY -> MONEY;
                case PERCENT -> PERCENT;
                default -> DECIMAL;
            }).set();
        }
    }

    /**
     * Text as Excel can hold it: characters XML 1.0 forbids (C0 controls but tab and line breaks) become spaces, and
     * longer texts are cut at Excel's cell limit.
     */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_CELL_TEXT));
        for (int i = 0; i < text.length() && sb.length() < MAX_CELL_TEXT; i++) {
            char ch = text.charAt(i);
            boolean allowed = ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF);
            sb.append(allowed ? ch : ' ');
        }
        return sb.toString();
    }

    /** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
