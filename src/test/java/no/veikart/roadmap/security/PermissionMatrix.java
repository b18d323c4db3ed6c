package no.veikart.roadmap.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The table of {@code permission-matrix.txt}: one row per target and case, one answer per sandbox user. */
final class PermissionMatrix {
    static final String SOURCE = "src/test/resources/no/veikart/roadmap/security/permission-matrix.txt";
    static final List<String> COLUMNS = List.of("anonymous", "outsider", "viewer", "member", "admin");
    /**
     * The optional sixth answer: leder, in the demo's leader group (docs/reporting.md). Absent, leder gets what outsider
     * gets: leader access adds the aggregate and nothing else.
     */
    static final String LEADER = "leader";
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    enum Kind { REST, PAGE, FORM, PANEL, ITEM, GADGET }

    /**
     * One line. {@code target}: REST and PAGE {@code METHOD /path?query}, else the form class or module key;
     * {@code kase} as in {@link Scenario}; {@code answers} in {@link #COLUMNS} order.
     */
    record Row(int line, Kind kind, String target, String kase, List<String> answers, String leader) {
        /** REST and PAGE: {@code METHOD /path} without the query. */
        String id() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }

        /** REST and PAGE: the query with its {@code ?}, or "". */
        String query() {
            int q = target.indexOf('?');
            return q < 0 ? "" : target.substring(q);
        }

        String path() {
            return id().substring(id().indexOf(' ') + 1);
        }

        @Override
        public String toString() {
            return "line " + line + " " + (kind == Kind.REST ? "" : kind + " ") + target + " [" + kase + "]";
        }
    }

    private final List<Row> rows;

    private PermissionMatrix(List<Row> rows) {
        this.rows = rows;
    }

    List<Row> rows() {
        return rows;
    }

    List<Row> rows(Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).toList();
    }

    static PermissionMatrix load() {
        InputStream in = PermissionMatrix.class.getResourceAsStream("permission-matrix.txt");
        if (in == null) {
            throw new AssertionError(SOURCE + " is not on the test classpath");
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                String t = text.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                Row row = parse(line, t.split("\\s+"));
                if (!seen.add(row.kind() + " " + row.target() + " " + row.kase())) {
                    throw new AssertionError(SOURCE + " line " + line + ": the same target and case appear twice");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PermissionMatrix(rows);
    }

    private static Row parse(int line, String[] tokens) {
        Kind kind;
        String target;
        int next;
        if (HTTP_METHODS.contains(tokens[0])) {
            kind = Kind.REST;
            target = tokens[0] + " " + tokens[1];
            next = 2;
        } else {
            try {
                kind = Kind.valueOf(tokens[0]);
            } catch (IllegalArgumentException e) {
                throw new AssertionError(SOURCE + " line " + line + ": starts with neither an HTTP method nor one of "
                        + List.of(Kind.values()));
            }
            if (kind == Kind.PAGE) {
                target = tokens[1] + " " + tokens[2];
                next = 3;
            } else {
                target = tokens[1];
                next = 2;
            }
        }
        int given = tokens.length - next - 1;
        if (given != COLUMNS.size() && given != COLUMNS.size() + 1) {
            throw new AssertionError(SOURCE + " line " + line + ": want target, case and " + COLUMNS.size()
                    + " answers (" + String.join(" ", COLUMNS) + ") and optionally " + LEADER + "'s");
        }
        List<String> answers = List.of(tokens).subList(next + 1, next + 1 + COLUMNS.size());
        String leader = given > COLUMNS.size() ? tokens[tokens.length - 1] : answers.get(1);
        return new Row(line, kind, target, tokens[next], answers, leader);
    }
}
