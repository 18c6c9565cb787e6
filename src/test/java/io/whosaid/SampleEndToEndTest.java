package io.whosaid;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line in local mode on the sample corpus in data/sample, checked as a SQL user
 * would check it: DuckDB over the Parquet files.
 */
class SampleEndToEndTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void runOnTheSample() {
        out = tmp.resolve("out");
        assertEquals(0, SparkRuns.run(SparkRuns.SAMPLE, out), "exit code 0: nothing rejected");
    }

    private static Map<String, Object> statement(DuckDb db, String article, String contentStart) throws Exception {
        List<Map<String, Object>> rows = db.rows("SELECT *, CAST(statement_date AS VARCHAR) AS day FROM {statements} "
                + "WHERE article_id = '" + article + "' AND starts_with(content, '" + contentStart.replace("'", "''") + "')");
        assertEquals(1, rows.size(), () -> "one statement in " + article + " starting '" + contentStart + "', got " + rows);
        return rows.get(0);
    }

    @Test
    void everyTableIsThereAndEveryRecordIsAnArticle() throws Exception {
        long lines;
        try (Stream<Path> files = Files.list(SparkRuns.SAMPLE)) {
            lines = files.filter(p -> p.toString().endsWith(".jsonl"))
                    .mapToLong(p -> {
                        try (Stream<String> l = Files.lines(p)) {
                            return l.filter(s -> !s.isBlank()).count();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).sum();
        }
        try (DuckDb db = new DuckDb(out)) {
            for (String table : List.of("statements", "articles", "entities", "actor_daily", "actors")) {
                assertTrue(db.count("SELECT count(*) FROM " + db.table(table)) > 0, table + " has rows");
            }
            assertEquals(lines, db.count("SELECT count(*) FROM {articles}"));
            assertEquals(0, db.count("SELECT count(*) FROM {rejects}"));
            assertEquals(db.count("SELECT count(*) FROM {statements}"),
                    db.count("SELECT count(DISTINCT statement_id) FROM {statements} WHERE statement_id IS NOT NULL"),
                    "every statement has its own id");
            assertEquals(0, db.count("SELECT count(*) FROM {statements} s JOIN {articles} a USING (article_id) "
                    + "WHERE fragments IS NULL OR len(fragments) = 0 AND substring(a.text, s.begin + 1, s.\"end\" - s.begin) <> s.content"),
                    "content is the text at its offsets");
            assertEquals(0, db.count("SELECT count(*) FROM {statements} s JOIN {articles} a USING (article_id) "
                    + "WHERE speaker_begin IS NOT NULL AND substring(a.text, speaker_begin + 1, speaker_end - speaker_begin) <> speaker_text"));
            assertEquals(0, db.count("SELECT count(*) FROM {statements} WHERE content ILIKE '%Most Popular%' "
                    + "OR content ILIKE '%Share this%' OR content ILIKE '%rebuild'' %'"), "no statement from page furniture");
            assertEquals(0, db.count("SELECT count(*) FROM {articles} WHERE text LIKE '%Most Popular%' OR text LIKE '%Read more:%'"));
        }
    }

    @Test
    void directQuoteWithCueRoleAndDate() throws Exception {
        try (DuckDb db = new DuckDb(out)) {
            Map<String, Object> s = statement(db, "wire-01", "A ceasefire is the first step");
            assertEquals("direct", s.get("kind"));
            assertEquals("Zelensky", s.get("speaker_text"));
            assertEquals("person:volodymyr-zelensky", s.get("actor_id"), "the surname resolves to the article's full name");
            assertEquals("told reporters", s.get("cue"));
            assertEquals("2025-05-10", s.get("day"));
            assertEquals("day", s.get("date_precision"));
            assertEquals("text", s.get("date_source"));

            Map<String, Object> macron = statement(db, "wire-02", "Europe would not accept");
            assertEquals("mixed", macron.get("kind"));
            assertEquals("Emmanuel Macron", macron.get("actor_name"));
            assertEquals("French President", macron.get("actor_role"));
            assertEquals("2025-05-12", macron.get("day"), "said on Monday, published on Tuesday");
        }
    }

    @Test
    void organisationsGroupsPronounsAndContinuations() throws Exception {
        try (DuckDb db = new DuckDb(out)) {
            Map<String, Object> airForce = statement(db, "wire-01", "Russian forces launched 94 attack drones overnight");
            assertEquals("ORG", airForce.get("actor_type"));
            assertEquals("indirect", airForce.get("kind"));
            assertEquals("2025-05-12", airForce.get("day"), "no date given: the publication date");
            assertEquals("published", airForce.get("date_source"));

            Map<String, Object> leaders = statement(db, "wire-02", "new sanctions would target Russian banks");
            assertEquals("OTHER", leaders.get("actor_type"));
            assertTrue(((String) leaders.get("speaker_text")).contains("France, Germany and Poland"));

            Map<String, Object> he = statement(db, "wire-01", "We are ready to meet at any level");
            assertEquals("he", he.get("speaker_text"));
            assertEquals("person:volodymyr-zelensky", he.get("actor_id"));

            Map<String, Object> continued = statement(db, "wire-03", "Denying them that right");
            assertNull(continued.get("speaker_text"), "no speaker written in a continuation paragraph");
            assertEquals("person:jens-stoltenberg", continued.get("actor_id"));

            Map<String, Object> anonymous = statement(db, "wire-04", "We need an exit plan");
            assertEquals("one Republican senator", anonymous.get("speaker_text"));
            assertEquals("OTHER", anonymous.get("actor_type"));
        }
    }

    @Test
    void unattributedQuotesStayUnattributed() throws Exception {
        try (DuckDb db = new DuckDb(out)) {
            assertNull(statement(db, "wire-13", "This could be a great day").get("actor_id"));
            assertNull(statement(db, "wire-06", "Think of the lives").get("actor_id"));
        }
    }

    @Test
    void datesInTheTextAndInTheQuote() throws Exception {
        try (DuckDb db = new DuckDb(out)) {
            Map<String, Object> february = statement(db, "wire-03", "he would not");
            assertEquals("2024-02-01", february.get("day"));
            assertEquals("month", february.get("date_precision"));
            Map<String, Object> june = statement(db, "wire-02", "The talks will start on June 2");
            assertEquals("2025-05-13", june.get("day"), "the date in the quote is not the statement's");
            assertEquals("2024-06-03", statement(db, "wire-04", "Every week we wait").get("day"), "said yesterday");
        }
    }

    @Test
    void oneActorAcrossArticlesAndSpellings() throws Exception {
        try (DuckDb db = new DuckDb(out)) {
            Map<String, Object> zelensky = db.rows("SELECT * FROM {actors} WHERE actor_id = 'person:volodymyr-zelensky'").get(0);
            assertEquals("Volodymyr Zelensky", zelensky.get("actor_name"));
            assertTrue(((Number) zelensky.get("articles")).intValue() >= 4, "quoted in several articles");
            assertTrue(zelensky.get("aliases").toString().contains("Zelenskyy"), "the other spelling is an alias");
            assertEquals("person:volodymyr-zelensky", statement(db, "wire-02", "to move quickly").get("actor_id"));
            assertEquals(1, db.count("SELECT count(DISTINCT actor_id) FROM {statements} WHERE actor_name LIKE '%Macron%'"));
            assertEquals("person:dmitry-peskov", statement(db, "wire-10", "the Kremlin considered the talks useful").get("actor_id"),
                    "a lone surname takes the corpus's full name");
            long daily = db.count("SELECT sum(statements) FROM {actor_daily} WHERE actor_id = 'person:volodymyr-zelensky'");
            assertEquals(db.count("SELECT count(*) FROM {statements} WHERE actor_id = 'person:volodymyr-zelensky'"), daily);
        }
    }

    @Test
    void toneComesFromTheLexicon() throws Exception {
        try (DuckDb db = new DuckDb(out)) {
            assertEquals(0, db.count("SELECT count(*) FROM {statements} WHERE sentiment < -1 OR sentiment > 1 OR sentiment IS NULL"));
            assertTrue(db.count("SELECT count(DISTINCT sentiment_label) FROM {statements}") >= 2);
            assertTrue(((Number) statement(db, "wire-14", "Debris fell").get("sentiment")).doubleValue() < 0, "injured is negative");
        }
    }

    @Test
    void rerunGivesTheSameRowsAndIds() throws Exception {
        Path again = tmp.resolve("again");
        assertEquals(0, SparkRuns.run(SparkRuns.SAMPLE, again));
        String query = "SELECT statement_id, actor_id, \"begin\", \"end\", kind, statement_date FROM %s ORDER BY statement_id";
        try (DuckDb first = new DuckDb(out); DuckDb second = new DuckDb(again)) {
            assertEquals(first.rows(String.format(query, "{statements}")), second.rows(String.format(query, "{statements}")));
        }
    }

    @Test
    void sqlViewsAndReportCommands(@TempDir Path scratch) throws Exception {
        String table = SparkRuns.output("sql", "--output", out.toString(),
                "SELECT actor_name, count(*) AS n FROM statements WHERE actor_id = 'person:volodymyr-zelensky' GROUP BY 1");
        assertTrue(table.contains("Volodymyr Zelensky"), table);
        String csv = SparkRuns.output("sql", "--output", out.toString(), "--format", "csv", "SELECT count(*) AS n FROM articles");
        assertTrue(csv.startsWith("n\n") || csv.startsWith("n\r\n"), csv);
        String json = SparkRuns.output("sql", "--output", out.toString(), "--format", "json",
                "SELECT count(*) AS n, 0.25::DOUBLE AS share, true AS flag, 'x' AS label FROM articles");
        assertTrue(json.trim().matches("\\{\"n\": \\d+, \"share\": 0\\.25, \"flag\": true, \"label\": \"x\"\\}"),
                "numbers and booleans are JSON numbers and booleans: " + json);

        SparkRuns.output("views", "--output", out.toString());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + out.resolve("whosaid.duckdb"));
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM statements WHERE statement_month = '2025-05'")) {
            rs.next();
            assertTrue(rs.getLong(1) > 0, "the database file holds working views");
        }
        String spark = Files.readString(out.resolve("whosaid-spark.sql"));
        assertTrue(spark.contains("CREATE TABLE whosaid.statements USING parquet OPTIONS (mergeSchema 'true') LOCATION"), spark);
        // the file runs in Spark SQL as written, and the tables read back what the job wrote
        org.apache.spark.sql.SparkSession session = org.apache.spark.sql.SparkSession.active();
        for (String statement : spark.split(";\n")) {
            String sql = statement.lines().filter(l -> !l.startsWith("--")).collect(java.util.stream.Collectors.joining("\n")).strip();
            if (!sql.isEmpty()) {
                session.sql(sql);
            }
        }
        assertTrue(session.sql("SELECT count(*) FROM whosaid.statements WHERE statement_month = '2025-05'").first().getLong(0) > 0);
        assertTrue(java.util.Arrays.asList(session.table("whosaid.articles").columns()).contains("sentiment_label"));

        SparkRuns.output("report", "--output", out.toString());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<svg") && html.contains("class='bar'"), "charts with bars");
        assertTrue(html.contains("Volodymyr Zelensky"));
        assertTrue(!html.contains("<script"), "self-contained, no script");
    }

    @Test
    void aQueryForOneMonthReadsOnlyThatMonthsFiles() throws Exception {
        Map<String, Long> filesPerMonth;
        try (Stream<Path> files = Files.walk(out.resolve("statements"))) {
            filesPerMonth = files.filter(p -> p.toString().endsWith(".parquet"))
                    .collect(java.util.stream.Collectors.groupingBy(p -> p.getParent().getFileName().toString(),
                            java.util.stream.Collectors.counting()));
        }
        assertTrue(filesPerMonth.size() >= 2, "statements of the sample span several months: " + filesPerMonth);
        String folder = filesPerMonth.keySet().stream().filter(k -> k.startsWith("statement_month=20")).sorted().findFirst().orElseThrow();
        String month = folder.substring("statement_month=".length());
        long total = filesPerMonth.values().stream().mapToLong(Long::longValue).sum();
        try (DuckDb db = new DuckDb(out)) {
            String plan = db.rows("EXPLAIN ANALYZE SELECT max(content) FROM read_parquet('" + out.toAbsolutePath()
                    + "/statements/**/*.parquet', hive_partitioning = true) WHERE statement_month = '" + month + "'")
                    .get(0).values().stream().map(String::valueOf).reduce("", String::concat);
            java.util.regex.Matcher read = java.util.regex.Pattern.compile("Total Files Read: (\\d+)").matcher(plan);
            assertTrue(read.find(), plan);
            assertEquals(filesPerMonth.get(folder).longValue(), Long.parseLong(read.group(1)), "only " + folder + " is read: " + plan);
            assertTrue(Long.parseLong(read.group(1)) < total);
        }
    }

    @Test
    void repeatedStringsAreDictionaryEncoded() throws Exception {
        try (DuckDb db = new DuckDb(out)) {
            String busiest = (String) db.value("SELECT file_name FROM parquet_metadata('" + out.toAbsolutePath()
                    + "/statements/*/*.parquet') ORDER BY num_values DESC LIMIT 1");
            for (String column : List.of("source", "kind", "actor_id", "actor_type")) {
                String encodings = String.valueOf(db.value("SELECT encodings FROM parquet_metadata('" + busiest
                        + "') WHERE path_in_schema = '" + column + "'"));
                assertTrue(encodings.contains("DICTIONARY"), column + " in " + busiest + ": " + encodings);
            }
        }
    }
}
