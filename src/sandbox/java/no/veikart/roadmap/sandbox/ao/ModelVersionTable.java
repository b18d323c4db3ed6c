package no.veikart.roadmap.sandbox.ao;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import no.veikart.roadmap.sandbox.host.AoBootstrap;

/**
 * The Active Objects model version per namespace, kept where Jira keeps it: in the database, next to the data (Jira
 * stores it in plugin settings, i.e. its property table). Writes use the provider's connection, so inside
 * {@code executeInTransaction} they join the upgrade task's transaction and commit or roll back with its data.
 * The table is the host's, outside the plugin's {@code AO_CEC056_} namespace.
 */
public final class ModelVersionTable implements AoBootstrap.ModelVersions {

    static final String TABLE = "SANDBOX_AO_MODEL_VERSION";

    private final DatabaseProvider provider;

    public ModelVersionTable(EntityManager entityManager) {
        this.provider = entityManager.getProvider();
    }

    @Override
    public int get(String namespace) {
        return sql(connection -> {
            if (!exists(connection)) {
                return 0;
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT MODEL_VERSION FROM " + TABLE + " WHERE NAMESPACE = ?")) {
                select.setString(1, namespace);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public void set(String namespace, int version) {
        sql(connection -> {
            if (!exists(connection)) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE TABLE " + TABLE
                            + " (NAMESPACE VARCHAR(255) NOT NULL PRIMARY KEY, MODEL_VERSION INTEGER NOT NULL)");
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + TABLE + " SET MODEL_VERSION = ? WHERE NAMESPACE = ?")) {
                update.setInt(1, version);
                update.setString(2, namespace);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + TABLE + " (NAMESPACE, MODEL_VERSION) VALUES (?, ?)")) {
                insert.setString(1, namespace);
                insert.setInt(2, version);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Unquoted names: upper case on H2, folded to lower case by PostgreSQL; look for both. */
    private static boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {TABLE, TABLE.toLowerCase(Locale.ROOT)}) {
            try (ResultSet tables = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Inside a transaction the provider hands back the transaction's connection, whose close() does nothing;
     * outside, a fresh auto-commit connection that close() releases.
     */
    private <T> T sql(Work<T> work) {
        try (Connection connection = provider.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }
}
