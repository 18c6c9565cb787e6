package io.whosaid.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * DuckDB views over an output folder, one per table, so that queries name tables
 * ("SELECT * FROM statements") instead of file globs. Used in memory by {@code whosaid sql}
 * and written to {@code whosaid.duckdb} by {@code whosaid views} for Superset and DBeaver.
 */
public final class DuckDbCatalog {
    private DuckDbCatalog() {}

    /** The statements that create a view for each table present in {@code output}. */
    public static List<String> viewStatements(Path output) {
        Path root = output.toAbsolutePath().normalize();
        List<String> sql = new ArrayList<>();
        for (OutputTables.Table t : OutputTables.ALL) {
            Path dir = root.resolve(t.name());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            String glob = dir.toString().replace("'", "''") + "/**/*.parquet";
            // union_by_name: files written by different versions (a column added since, then --mode append) read as one table
            String options = ", union_by_name = true" + (t.partitionColumn() == null ? "" : ", hive_partitioning = true");
            sql.add("CREATE OR REPLACE VIEW " + t.name() + " AS SELECT * FROM read_parquet('" + glob + "'" + options + ")");
        }
        if (sql.isEmpty()) {
            throw new IllegalArgumentException(root + " holds no whosaid tables (expected statements/, articles/, ...)");
        }
        return sql;
    }

    /** An in-memory DuckDB connection with the views in place. */
    public static Connection open(Path output) throws SQLException {
        return open("jdbc:duckdb:", output);
    }

    /** A connection to {@code jdbcUrl} (e.g. a database file) with the views created in it. */
    public static Connection open(String jdbcUrl, Path output) throws SQLException {
        List<String> views = viewStatements(output);
        Connection connection = DriverManager.getConnection(jdbcUrl);
        try (Statement st = connection.createStatement()) {
            for (String view : views) {
                st.execute(view);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
