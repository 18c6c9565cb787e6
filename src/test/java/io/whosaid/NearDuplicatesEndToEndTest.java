package io.whosaid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A syndicated story reprinted with edits is marked, and its statements are counted once by actor and day. */
class NearDuplicatesEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String STORY = "The harbour authority of Port Talland said on Tuesday that the northern pier would close "
            + "for repairs until the end of the summer.\n\n"
            + "\"We have no choice, the pier is not safe for ferries,\" harbour master Ines Corbett told reporters.\n\n"
            + "Ferry operators said the closure would cost them customers at the busiest time of the year, and the town "
            + "council called for a temporary landing stage to be built at the old fish market.\n\n"
            + "Corbett said engineers had found cracks in three of the pier's supports after last month's storms.";

    /** The reprint: a dateline, one word cut, the last paragraph trimmed, and a line of its own. */
    private static final String REPRINT = "PORT TALLAND (Coast Herald) - The harbour authority of Port Talland said on Tuesday "
            + "that the northern pier would close for repairs until the end of summer.\n\n"
            + "\"We have no choice, the pier is not safe for ferries,\" harbour master Ines Corbett told reporters.\n\n"
            + "Ferry operators said the closure would cost them customers at the busiest time of the year, and the town "
            + "council called for a temporary landing stage to be built at the old fish market.\n\n"
            + "\"It is a blow for every shop on the quay,\" said Tomas Reyes, who runs a cafe near the pier.";

    private static final String OTHER = "The national football team beat its neighbours two goals to nil on Saturday evening, "
            + "with both goals scored in the second half by a teenage striker making only his third appearance.\n\n"
            + "\"He has a great future,\" coach Mira Lindqvist told reporters after the match at the old stadium, where a crowd "
            + "of forty thousand had waited in the rain.";

    private static String article(String id, String source, String date, String text) throws Exception {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("source", source);
        node.put("published_at", date);
        node.put("text", text);
        return JSON.writeValueAsString(node);
    }

    @Test
    void anEditedReprintIsMarkedAndItsRepeatedStatementsAreCountedOnce(@TempDir Path tmp) throws Exception {
        Path input = tmp.resolve("in.jsonl");
        Files.writeString(input, String.join("\n",
                article("reprint", "Coast Herald", "2025-06-11", REPRINT),
                article("wire", "Wire", "2025-06-10", STORY),
                article("football", "Wire", "2025-06-10", OTHER)) + "\n");
        Path out = tmp.resolve("out");
        assertEquals(0, SparkRuns.run(input, out));
        try (DuckDb db = new DuckDb(out)) {
            assertEquals(3, db.count("SELECT count(*) FROM {articles}"), "every article is kept");
            assertEquals("wire", db.value("SELECT duplicate_of FROM {articles} WHERE article_id = 'reprint'"),
                    "the earlier article is the original");
            assertNull(db.value("SELECT duplicate_of FROM {articles} WHERE article_id = 'wire'"));
            assertNull(db.value("SELECT duplicate_of FROM {articles} WHERE article_id = 'football'"));

            List<Map<String, Object>> reprinted = db.rows("SELECT s.actor_id, s.repeat_of, o.article_id AS original_article "
                    + "FROM {statements} s LEFT JOIN {statements} o ON o.statement_id = s.repeat_of "
                    + "WHERE s.article_id = 'reprint' ORDER BY s.begin");
            assertTrue(reprinted.stream().anyMatch(r -> "person:ines-corbett".equals(r.get("actor_id"))
                    && "wire".equals(r.get("original_article"))), "Corbett's quote repeats the wire's: " + reprinted);
            assertTrue(reprinted.stream().anyMatch(r -> "person:tomas-reyes".equals(r.get("actor_id"))
                    && r.get("repeat_of") == null), "the reprint's own quote is its own: " + reprinted);

            long corbettInWire = db.count("SELECT count(*) FROM {statements} WHERE article_id = 'wire' AND actor_id = 'person:ines-corbett'");
            long corbettRepeats = db.count("SELECT count(*) FROM {statements} WHERE article_id = 'reprint' "
                    + "AND actor_id = 'person:ines-corbett' AND repeat_of IS NOT NULL");
            assertTrue(corbettRepeats >= 1);
            assertEquals(corbettInWire, db.count("SELECT sum(statements) FROM {actor_daily} WHERE actor_id = 'person:ines-corbett'"),
                    "actor_daily counts the wire's statements, not the reprint's repeats");
            assertEquals(corbettRepeats, db.count("SELECT sum(repeats) FROM {actor_daily} WHERE actor_id = 'person:ines-corbett'"));
            assertEquals(corbettInWire, db.count("SELECT statements FROM {actors} WHERE actor_id = 'person:ines-corbett'"));
        }
    }

    @Test
    void aReprintInALaterBatchPointsToTheArticleAlreadyInTheOutput(@TempDir Path tmp) throws Exception {
        Path day1 = tmp.resolve("day1.jsonl");
        Path day2 = tmp.resolve("day2.jsonl");
        Files.writeString(day1, article("wire", "Wire", "2025-06-10", STORY) + "\n");
        // the reprint arrives later but carries an earlier date: the article already in the output stays the original
        Files.writeString(day2, article("reprint", "Coast Herald", "2025-06-09", REPRINT) + "\n");
        Path out = tmp.resolve("out");
        assertEquals(0, SparkRuns.run(day1, out));
        assertEquals(0, SparkRuns.run(day2, out, "--mode", "append"));
        try (DuckDb db = new DuckDb(out)) {
            assertEquals("wire", db.value("SELECT duplicate_of FROM {articles} WHERE article_id = 'reprint'"));
            long wireStatements = db.count("SELECT count(*) FROM {statements} WHERE article_id = 'wire' AND actor_id = 'person:ines-corbett'");
            assertEquals(wireStatements, db.count("SELECT sum(statements) FROM {actor_daily} WHERE actor_id = 'person:ines-corbett'"));
        }
    }

    @Test
    void filesAreSplitNearTheTargetSize(@TempDir Path tmp) throws Exception {
        Path input = tmp.resolve("in.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            lines.append(article("a" + i, "Wire", "2025-06-10", OTHER.replace("two goals", i + " goals")
                    .replace("Lindqvist", "Lindqvist-" + Integer.toString(i, 36)))).append('\n');
        }
        Files.writeString(input, lines.toString());
        Path out = tmp.resolve("out");
        assertEquals(0, SparkRuns.run(input, out, "--target-file-size", "8k", "--near-duplicate-similarity", "1"));
        try (Stream<Path> files = Files.walk(out.resolve("articles"))) {
            List<Long> sizes = files.filter(p -> p.toString().endsWith(".parquet")).map(p -> p.toFile().length()).toList();
            assertTrue(sizes.size() > 3, "articles split into several files: " + sizes);
            assertTrue(sizes.stream().allMatch(s -> s < 8 * 1024 * 2), "each near 8 KB: " + sizes);
        }
        try (DuckDb db = new DuckDb(out)) {
            assertEquals(300, db.count("SELECT count(*) FROM {articles}"), "nothing lost in the rewrite");
        }
    }
}
