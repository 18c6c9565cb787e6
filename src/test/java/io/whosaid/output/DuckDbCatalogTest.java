package io.whosaid.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DuckDB views over an output folder. */
class DuckDbCatalogTest {
    @Test
    void filesWithAndWithoutALaterColumnReadAsOneTable(@TempDir Path tmp) throws Exception {
        // an articles table appended to by a later version that added sentiment_label
        Path month = tmp.resolve("articles/published_month=2025-05");
        Files.createDirectories(month);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT 'a1' AS article_id, 0.5 AS sentiment) TO '" + month.resolve("old.parquet") + "' (FORMAT parquet)");
            st.execute("COPY (SELECT 'a2' AS article_id, -0.5 AS sentiment, 'negative' AS sentiment_label) TO '"
                    + month.resolve("new.parquet") + "' (FORMAT parquet)");
        }
        try (Connection c = DuckDbCatalog.open(tmp); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT article_id, sentiment_label, published_month FROM articles ORDER BY article_id")) {
            assertTrue(rs.next());
            assertEquals("a1", rs.getString(1));
            assertEquals(null, rs.getString(2));
            assertEquals("2025-05", rs.getString(3));
            assertTrue(rs.next());
            assertEquals("negative", rs.getString(2));
        }
    }
}
