package no.veikart.roadmap.workbook.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One sheet's content: columns (header text key, cell type, width in characters) and rows of plain values — text,
 * {@link LocalDate}, {@link Number} or null for an empty cell. Percent cells hold percent (45.5 = 45.5 %).
 */
public record SheetData(List<Column> columns, List<List<Object>> rows) {
    public SheetData {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String) && !(cell instanceof LocalDate) && !(cell instanceof Number)) {
                    throw new IllegalArgumentException("unsupported cell value " + cell.getClass());
                }
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copy);
    }

    public enum CellType { TEXT, DATE, INTEGER, DECIMAL, MONEY, PERCENT }

    /** A column: its header's text key, what its cells hold and how wide it is (characters). */
    public record Column(String headerKey, CellType type, int width) {
        public static Column text(String headerKey, int width) {
            return new Column(headerKey, CellType.TEXT, width);
        }

        public static Column of(String headerKey, CellType type) {
            return new Column(headerKey, type, type == CellType.DATE ? 12 : 10);
        }
    }

    /** Builds a sheet row by row. */
    public static final class Builder {
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        public Builder text(String headerKey, int width) {
            return column(Column.text(headerKey, width));
        }

        public Builder column(String headerKey, CellType type) {
            return column(Column.of(headerKey, type));
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public SheetData build() {
            return new SheetData(columns, rows);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A view's ISO date text (yyyy-mm-dd) as a date cell; null when empty. */
    public static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }
}
