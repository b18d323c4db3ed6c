package no.veikart.roadmap.workbook.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** An .xlsx as tests read it: sheets by name with their rows (fastexcel-reader) and the raw XML parts (unzipped). */
public record XlsxFile(Map<String, List<Row>> sheets, Map<String, String> parts) {
    /** Read from a file under target/: streaming fastexcel writes data descriptors, which ZipInputStream refuses. */
    public static XlsxFile read(byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "xlsx-tests"));
        Path file = Files.createTempFile(dir, "workbook", ".xlsx");
        Files.write(file, bytes);
        Map<String, List<Row>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                sheets.put(sheet.getName(), new ArrayList<>(sheet.read()));
            }
        }
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (var in = zip.getInputStream(e)) {
                    parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        Files.delete(file);
        return new XlsxFile(sheets, parts);
    }

    /** The XML of every worksheet, in order. */
    public List<String> worksheetXml() {
        return parts.entrySet().stream().filter(e -> e.getKey().matches("xl/worksheets/sheet\\d+\\.xml"))
                .map(Map.Entry::getValue).toList();
    }

    /** Whether any part holds a formula element. */
    public boolean hasFormula() {
        return parts.values().stream().anyMatch(xml -> xml.contains("<f>") || xml.contains("<f ") || xml.contains("<f/>"));
    }
}
