package no.veikart.roadmap.platform.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that opens cleanly in Excel: UTF-8 with a byte order mark, the list separator of the reader's locale (";"
 * where the decimal separator is a comma, as in the Nordic countries), and cells that would start a formula
 * (= + - @ tab CR) defused with a leading apostrophe (OWASP CSV injection advice).
 */
public final class CsvWriter {
    private static final Set<Character> FORMULA_START = Set.of('=', '+', '-', '@', '\t', '\r');
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,15}([.,]\\d{1,6})?");

    private CsvWriter() {
    }

    public static char separator(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return "en".equals(language) ? ',' : ';';
    }

    public static void write(OutputStream out, Locale locale, List<String> header, List<List<String>> rows) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(separator(locale)).setRecordSeparator("\r\n").build();
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvWriter::defuse).toList());
            }
        }
    }

    static String defuse(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        // A plain number (e.g. an attitude of -2) cannot be a formula and must stay a number for Excel.
        if (PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return FORMULA_START.contains(cell.charAt(0)) ? "'" + cell : cell;
    }
}
