package no.veikart.roadmap.initiative.persistence;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import no.veikart.roadmap.platform.jira.OptionalServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the summary rows with plain JDBC through SAL's read-only executor, not through Active Objects' per-row entity
 * proxies (half the portfolio's time in a profile). Writes stay with {@link AoSummaryRows}. The table and column
 * names are the ones Active Objects creates in Jira ({@code AO_<hash of the plugin key>_INIT_SUMMARY}, upper case;
 * PostgreSQL keeps them quoted, so every identifier is quoted with the driver's own quote string).
 *
 * <p>No Jira 10/11 source shows SAL's {@code TransactionalExecutorFactory} published to plugins (Jira 9.17 plugins
 * import it), so the reference is optional: without it the rows are read through Active Objects, as before.
 */
public class SqlSummaryRows implements InitiativeSummaryReader {
    private static final Logger LOG = LoggerFactory.getLogger(SqlSummaryRows.class);
    /** AO's name: "AO_" + last 6 hex of MD5("no.veikart.service-innovation-roadmap"), upper case, then the entity's. */
    static final String TABLE = "AO_CEC056_INIT_SUMMARY";
    static final List<String> COLUMNS = List.of("INITIATIVE_ID", "ISSUE_ID", "ISSUE_KEY", "PROJECT_KEY", "SUMMARY",
            "CURRENT_PHASE", "STATUS", "LEVELS_PRESENT", "LEVELS_ANCHORED", "GAIN_MONEY", "GAIN_HOURS", "GAIN_DUES",
            "HIGHEST_RESIDUAL_RISK", "UNITS_LIVE_WITHOUT_COVER", "STATUS_REPORT_COLOUR");
    private static final int CHUNK = 500;

    private final TransactionalExecutorFactory executors;
    private final InitiativeSummaryReader fallback;
    // Per node on purpose: it only keeps the warning to one line per node.
    private final AtomicBoolean executorMissing = new AtomicBoolean();

    /** @param fallback the Active Objects reader, used while Jira offers no executor */
    public SqlSummaryRows(TransactionalExecutorFactory executors, InitiativeSummaryReader fallback) {
        this.executors = executors;
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public void inProjects(Collection<String> projectKeys, Consumer<InitiativeSummary> sink) {
        read(new ArrayList<>(projectKeys), "PROJECT_KEY", sink, () -> fallback.inProjects(projectKeys, sink));
    }

    @Override
    public void ofIssues(Collection<Long> issueIds, Consumer<InitiativeSummary> sink) {
        read(new ArrayList<>(issueIds), "ISSUE_ID", sink, () -> fallback.ofIssues(issueIds, sink));
    }

    private void read(List<?> values, String column, Consumer<InitiativeSummary> sink, Runnable viaActiveObjects) {
        Objects.requireNonNull(sink, "sink");
        if (values.isEmpty()) {
            return;
        }
        if (executors == null || executorMissing.get()) {
            viaActiveObjects.run();
            return;
        }
        List<InitiativeSummary> rows;
        try {
            rows = executors.createReadOnly().execute(connection -> select(connection, values, column));
        } catch (RuntimeException e) {
            if (!OptionalServices.unavailable(e)) {
                throw e;
            }
            OptionalServices.reportOnce(executorMissing, LOG, "TransactionalExecutorFactory",
                    "portfolio rows are read through Active Objects");
            viaActiveObjects.run();
            return;
        }
        // handed on after the connection is back with the host: the sink's work holds no connection
        rows.forEach(sink);
    }

    private static List<InitiativeSummary> select(Connection connection, List<?> values, String column) {
        try {
            String q = connection.getMetaData().getIdentifierQuoteString().strip();
            String select = "SELECT " + String.join(", ", COLUMNS.stream().map(c -> q + c + q).toList()) + " FROM "
                    + q + TABLE + q + " WHERE " + q + column + q + " IN (";
            List<InitiativeSummary> rows = new ArrayList<>(values.size());
            for (int from = 0; from < values.size(); from += CHUNK) {
                List<?> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
                String sql = select + String.join(", ", chunk.stream().map(v -> "?").toList()) + ")";
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setObject(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(row(rs));
                        }
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading " + TABLE + " failed", e);
        }
    }

    /** As {@link AoSummaryRows#row}: empty text comes back as null from some databases; those columns are never null. */
    private static InitiativeSummary row(ResultSet rs) throws SQLException {
        return new InitiativeSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), text(rs.getString(8)), text(rs.getString(9)),
                text(rs.getString(10)), text(rs.getString(11)), text(rs.getString(12)), integer(rs, 13),
                integer(rs, 14), rs.getString(15));
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
