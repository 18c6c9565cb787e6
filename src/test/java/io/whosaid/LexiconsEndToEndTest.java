package io.whosaid;

import io.whosaid.statements.CueLexicon;
import io.whosaid.text.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --lexicons: a folder of replacement lexicon files, given as a Hadoop path, changes what the language stages find. */
class LexiconsEndToEndTest {
    @Test
    void aCueAddedInTheLexiconFolderFindsItsStatements(@TempDir Path tmp) throws Exception {
        // the bundled cues and one more, a verb no English news uses, so that only the replacement can find it
        Path folder = Files.createDirectories(tmp.resolve("lexicons"));
        String bundledCues;
        try (InputStream in = io.whosaid.lexicon.Lexicon.class.getResourceAsStream("cues.txt")) {
            bundledCues = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("cues.txt"), bundledCues + "\nblorf|SPEECH|blorfed blorfs blorfing\n");
        assertTrue(CueLexicon.bundled().matchAt(List.of(new Token("blorfed", 0, 7)), 0).isEmpty(), "not a bundled cue");

        Path input = tmp.resolve("in.jsonl");
        Files.writeString(input, "{\"id\":\"b1\",\"published_at\":\"2025-03-12\",\"text\":\"Maria Lopez blorfed that the budget "
                + "would pass before the summer. Tom Baker said the vote was close.\"}\n");
        Path out = tmp.resolve("out");
        // a file:// URI, as Hadoop paths are written (hdfs://, s3a:// alike): read on the driver, broadcast to the executors
        assertEquals(0, SparkRuns.run(input, out, "--lexicons", folder.toUri().toString()));

        try (DuckDb db = new DuckDb(out)) {
            List<Map<String, Object>> rows = db.rows("SELECT cue, actor_name, content FROM {statements} ORDER BY \"begin\"");
            assertEquals(2, rows.size(), rows::toString);
            assertEquals("blorfed", rows.get(0).get("cue"), rows::toString);
            assertEquals("Maria Lopez", rows.get(0).get("actor_name"), rows::toString);
            assertTrue(String.valueOf(rows.get(0).get("content")).contains("the budget would pass before the summer"), rows::toString);
            assertEquals("said", rows.get(1).get("cue"), "the bundled cues are still there: " + rows);
            assertEquals("Tom Baker", rows.get(1).get("actor_name"), rows::toString);
        }
    }

    @Test
    void aLexiconFolderThatIsNotThereStopsTheRunBeforeItWrites(@TempDir Path tmp) throws IOException {
        Path input = tmp.resolve("in.jsonl");
        Files.writeString(input, "{\"id\":\"b1\",\"text\":\"Tom Baker said the vote was close.\"}\n");
        Path out = tmp.resolve("out");
        assertEquals(1, SparkRuns.run(input, out, "--lexicons", tmp.resolve("no-such-folder").toString()));
        assertFalse(Files.exists(out.resolve("statements")), "no table written");
    }
}
