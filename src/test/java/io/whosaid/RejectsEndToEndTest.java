package io.whosaid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input ends in rejects with a reason; records in = articles + rejects; the exit code says so. */
class RejectsEndToEndTest {
    @Test
    void everyRecordEndsInArticlesOrRejects(@TempDir Path tmp) throws Exception {
        Path input = tmp.resolve("in");
        Files.createDirectories(input);
        String good = "{\"id\":\"ok-1\",\"published_at\":\"2025-03-12\",\"source\":\"Test Wire\","
                + "\"text\":\"\\\"The bridge will reopen on Friday,\\\" Mayor Lena Fischer told reporters on Monday.\"}";
        String lines = String.join("\n",
                good,
                "{\"id\":\"broken\", \"text\": \"never closed",
                "{\"id\":\"no-text\",\"title\":\"Only a title\"}",
                "{\"id\":\"furniture\",\"text\":\"<p>Share this article</p>\"}",
                "",
                good.replace("told reporters", "said"),
                "[1, 2, 3]",
                "{\"id\":\"html\",\"published_at\":\"Mon, 10 Mar 2025 09:00:00 GMT\",\"text\":\"<p>&quot;We are ready,&quot; said Omar Haddad.</p>\"}");
        Files.writeString(input.resolve("batch.jsonl"), lines + "\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        assertEquals(3, SparkRuns.run(input, out), "exit code 3: done, but some records were rejected");

        try (DuckDb db = new DuckDb(out)) {
            assertEquals(2, db.count("SELECT count(*) FROM {articles}"));
            List<Map<String, Object>> rejects = db.rows("SELECT record, reason FROM {rejects} ORDER BY record");
            assertEquals(5, rejects.size(), rejects::toString);
            assertEquals(7L, db.count("SELECT (SELECT count(*) FROM {articles}) + (SELECT count(*) FROM {rejects})"),
                    "seven non-blank records in");
            String reasons = rejects.toString();
            assertTrue(reasons.contains("line 2: not valid JSON"), reasons);
            assertTrue(reasons.contains("line 3: no text field ('text')"), reasons);
            assertTrue(reasons.contains("line 4: text is empty after cleaning"), reasons);
            assertTrue(reasons.contains("line 6: duplicate article id 'ok-1'"), reasons);
            assertTrue(reasons.contains("line 7: not a JSON object"), reasons);

            Map<String, Object> html = db.rows("SELECT a.text, s.content, s.actor_name, CAST(a.published_date AS VARCHAR) d "
                    + "FROM {articles} a JOIN {statements} s USING (article_id) WHERE article_id = 'html'").get(0);
            assertEquals("\"We are ready,\" said Omar Haddad.", ((String) html.get("text")).strip());
            assertEquals("We are ready", html.get("content"));
            assertEquals("Omar Haddad", html.get("actor_name"));
            assertEquals("2025-03-10", html.get("d"), "RFC-1123 dates are read");

            Map<String, Object> ok = db.rows("SELECT content, actor_name, actor_role, CAST(statement_date AS VARCHAR) d, "
                    + "date_source, cue FROM {statements} WHERE article_id = 'ok-1'").get(0);
            assertEquals("The bridge will reopen on Friday", ok.get("content"));
            assertEquals("Lena Fischer", ok.get("actor_name"));
            assertEquals("Mayor", ok.get("actor_role"));
            assertEquals("2025-03-10", ok.get("d"), "on Monday before a Wednesday publication");
            assertEquals("text", ok.get("date_source"));
            assertEquals("told reporters", ok.get("cue"));
        }
    }

    @Test
    void refusesANonEmptyOutputUnlessTold(@TempDir Path tmp) throws Exception {
        Path input = tmp.resolve("in.jsonl");
        Files.writeString(input, "{\"id\":\"a\",\"text\":\"Nothing to see.\"}\n");
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "precious");
        assertEquals(1, SparkRuns.run(input, out));
        assertEquals("precious", Files.readString(out.resolve("keep.txt")), "the refused run touched nothing");
    }
}
