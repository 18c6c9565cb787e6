package io.whosaid;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the output as a SQL user would: DuckDB over the Parquet files. */
final class DuckDb implements AutoCloseable {
    private final Connection connection;
    private final String output;

    DuckDb(java.nio.file.Path output) throws SQLException {
        this.connection = DriverManager.getConnection("jdbc:duckdb:");
        this.output = output.toAbsolutePath().toString();
    }

    /** The table's files as DuckDB reads them: read_parquet('OUT/table/**&#47;*.parquet'). */
    String table(String name) {
        return "read_parquet('" + output + "/" + name + "/**/*.parquet')";
    }

    /** Runs a query where {t:name} stands for a table. */
    List<Map<String, Object>> rows(String sql) throws SQLException {
        String resolved = sql;
        for (String t : List.of("statements", "articles", "entities", "actor_daily", "actors", "rejects")) {
            resolved = resolved.replace("{" + t + "}", table(t));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(resolved)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    Object value(String sql) throws SQLException {
        List<Map<String, Object>> rows = rows(sql);
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    long count(String sql) throws SQLException {
        return ((Number) value(sql)).longValue();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
