package io.whosaid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV, Parquet and .txt inputs, field mapping, and --mode append. */
class InputsAndModesEndToEndTest {
    private static final String FIRST = "\"We will open the border crossing tomorrow,\" Interior Minister Ana Costa told reporters on Monday.";
    private static final String SECOND = "The harbour will stay closed until the storm has passed, the port authority said.";

    @Test
    void csvWithOtherFieldNamesParquetAndTextFiles(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("csv");
        Files.createDirectories(csv);
        Files.writeString(csv.resolve("news.csv"), "key,body,date,outlet\n"
                + "c1,\"" + FIRST.replace("\"", "\"\"") + "\",2025-03-12,Test Wire\n"
                + "c2,\"" + SECOND + "\nSecond paragraph, no statement.\",2025-03-13,Test Wire\n", StandardCharsets.UTF_8);
        Path csvOut = tmp.resolve("csv-out");
        assertEquals(0, SparkRuns.run(csv, csvOut, "--fields", "id=key,text=body,published_at=date,source=outlet"));
        try (DuckDb db = new DuckDb(csvOut)) {
            Map<String, Object> s = db.rows("SELECT actor_name, source, CAST(statement_date AS VARCHAR) d FROM {statements} "
                    + "WHERE article_id = 'c1'").get(0);
            assertEquals("Ana Costa", s.get("actor_name"));
            assertEquals("Test Wire", s.get("source"));
            assertEquals("2025-03-10", s.get("d"));
            assertEquals(2, db.count("SELECT count(*) FROM {articles}"));
        }

        Path parquet = tmp.resolve("parquet");
        Files.createDirectories(parquet);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            c.createStatement().execute("COPY (SELECT 'p1' AS id, '2025-03-12' AS published_at, '"
                    + FIRST.replace("'", "''") + "' AS text) TO '" + parquet.resolve("news.parquet") + "' (FORMAT parquet)");
        }
        Path parquetOut = tmp.resolve("parquet-out");
        assertEquals(0, SparkRuns.run(parquet, parquetOut));
        try (DuckDb db = new DuckDb(parquetOut)) {
            assertEquals("Ana Costa", db.value("SELECT actor_name FROM {statements} WHERE article_id = 'p1'"));
        }

        Path texts = tmp.resolve("texts");
        Files.createDirectories(texts);
        Files.writeString(texts.resolve("storm-report.txt"), SECOND);
        Path textOut = tmp.resolve("text-out");
        assertEquals(0, SparkRuns.run(texts, textOut));
        try (DuckDb db = new DuckDb(textOut)) {
            Map<String, Object> s = db.rows("SELECT article_id, actor_type, statement_date FROM {statements}").get(0);
            assertEquals("storm-report", s.get("article_id"), "the file name is the id");
            assertEquals("ORG", s.get("actor_type"));
            assertEquals(null, s.get("statement_date"), "a .txt file has no publication date and the text gives none");
        }
    }

    @Test
    void appendAddsOnlyNewArticlesAndRebuildsActors(@TempDir Path tmp) throws Exception {
        String a = "{\"id\":\"a1\",\"published_at\":\"2025-03-12\",\"text\":\"" + FIRST.replace("\"", "\\\"") + "\"}";
        String b = "{\"id\":\"b1\",\"published_at\":\"2025-03-14\",\"text\":\"\\\"Queues are shorter now,\\\" Costa said.\"}";
        Path day1 = tmp.resolve("day1");
        Path day2 = tmp.resolve("day2");
        Files.createDirectories(day1);
        Files.createDirectories(day2);
        Files.writeString(day1.resolve("a.jsonl"), a + "\n");
        Files.writeString(day2.resolve("b.jsonl"), a + "\n" + b + "\n");
        Path out = tmp.resolve("out");

        assertEquals(0, SparkRuns.run(day1, out));
        assertEquals(3, SparkRuns.run(day2, out, "--mode", "append"), "a1 is already there: a reject, not a duplicate");

        try (DuckDb db = new DuckDb(out)) {
            assertEquals(2, db.count("SELECT count(*) FROM {articles}"));
            assertEquals(1, db.count("SELECT count(*) FROM {articles} WHERE article_id = 'a1'"));
            assertEquals(2, db.count("SELECT count(*) FROM {statements}"));
            List<Map<String, Object>> actors = db.rows("SELECT actor_id, statements, articles FROM {actors}");
            assertEquals(1, actors.size(), actors::toString);
            assertEquals("person:ana-costa", actors.get(0).get("actor_id"), "the surname in the new batch meets the full name");
            assertEquals(2, ((Number) actors.get(0).get("statements")).intValue());
            assertEquals(2, db.count("SELECT sum(statements) FROM {actor_daily}"));
            assertTrue(db.value("SELECT reason FROM {rejects}").toString().contains("already in the output"));
        }
        assertTrue(Files.notExists(out.resolve("_whosaid_staging")), "no staging left behind");

        // two batches left two files in the month folder; compact leaves one, with the same rows
        Path month = out.resolve("articles/published_month=2025-03");
        assertEquals(2, parquetFiles(month));
        assertEquals(0, io.whosaid.cli.Main.execute("compact", "--output", out.toString(), "--master", "local[2]"));
        assertEquals(1, parquetFiles(month));
        try (DuckDb db = new DuckDb(out)) {
            assertEquals(2, db.count("SELECT count(*) FROM {articles}"));
            assertEquals(2, db.count("SELECT count(*) FROM {statements}"));
            assertEquals("person:ana-costa", db.value("SELECT actor_id FROM {actors}"));
        }
    }

    private static long parquetFiles(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".parquet")).count();
        }
    }

    @Test
    void theSameTextUnderAnotherIdIsMarkedAndNotCountedTwice(@TempDir Path tmp) throws Exception {
        String text = FIRST.replace("\"", "\\\"");
        Path input = tmp.resolve("in.jsonl");
        Files.writeString(input, "{\"id\":\"wire\",\"source\":\"Wire\",\"published_at\":\"2025-03-12\",\"text\":\"" + text + "\"}\n"
                + "{\"id\":\"copy\",\"source\":\"Reprint\",\"published_at\":\"2025-03-13\",\"text\":\"" + text + "\"}\n");
        Path out = tmp.resolve("out");
        assertEquals(0, SparkRuns.run(input, out));
        try (DuckDb db = new DuckDb(out)) {
            assertEquals(2, db.count("SELECT count(*) FROM {articles}"), "both are articles: nothing lost");
            assertEquals("wire", db.value("SELECT duplicate_of FROM {articles} WHERE article_id = 'copy'"), "the earlier one is the original");
            assertEquals(1, db.count("SELECT count(*) FROM {statements}"));
            assertEquals(1, db.count("SELECT sum(statements) FROM {actor_daily}"));
        }
    }
}
