package io.whosaid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of generated bad records: random bytes, truncated lines, deep nesting, 10 MB lines,
 * quote marks that never close, invalid UTF-8, control characters. The run must finish, put
 * every record in articles or rejects, and keep every statement inside its article's text.
 */
class FuzzEndToEndTest {
    private static final int RECORDS = 3_000;

    @Test
    void badRecordsNeverCrashTheRunNorGetLost(@TempDir Path tmp) throws Exception {
        Random random = new Random(20261124);
        Path input = tmp.resolve("in");
        Files.createDirectories(input);
        int nonBlank = 0;
        try (OutputStream out = Files.newOutputStream(input.resolve("fuzz.jsonl"))) {
            for (int i = 0; i < RECORDS; i++) {
                byte[] line = record(random, i);
                out.write(line);
                out.write('\n');
                if (!new String(line, StandardCharsets.UTF_8).isBlank()) {
                    nonBlank++;
                }
            }
        }
        Path output = tmp.resolve("out");
        int code = SparkRuns.run(input, output, "--max-chars", "100000");
        assertTrue(code == 0 || code == 3, "finished, with or without rejects: " + code);
        try (DuckDb db = new DuckDb(output)) {
            long articles = db.count("SELECT count(*) FROM {articles}");
            long rejects = db.count("SELECT count(*) FROM {rejects}");
            assertEquals(nonBlank, articles + rejects, "records in = articles + rejects");
            assertTrue(articles > 500 && rejects > 500, "both kinds were generated: " + articles + " / " + rejects);
            assertEquals(0, db.count("SELECT count(*) FROM {statements} s JOIN {articles} a USING (article_id) "
                    + "WHERE s.begin < 0 OR s.\"end\" > a.chars OR s.begin > s.\"end\""), "statements stay inside their text");
            assertEquals(0, db.count("SELECT count(*) FROM {statements} s LEFT JOIN {articles} a USING (article_id) WHERE a.article_id IS NULL"));
            assertTrue(db.count("SELECT count(*) FROM {articles} WHERE truncated") >= 1, "the 10 MB article is truncated");
            assertEquals(0, db.count("SELECT count(*) FROM {articles} WHERE chars > 100000"));
        }
    }

    private static byte[] record(Random random, int i) {
        String good = "{\"id\":\"f" + i + "\",\"published_at\":\"2025-03-12\",\"text\":\"%s\"}";
        switch (i % 10) {
            case 0: { // random bytes, no line breaks
                byte[] b = new byte[1 + random.nextInt(300)];
                random.nextBytes(b);
                for (int k = 0; k < b.length; k++) {
                    if (b[k] == '\n' || b[k] == '\r') {
                        b[k] = ' ';
                    }
                }
                return b;
            }
            case 1: { // a valid record cut short
                String full = String.format(good, "\\\"We are ready,\\\" said Ana Costa.");
                return full.substring(0, random.nextInt(full.length())).getBytes(StandardCharsets.UTF_8);
            }
            case 2: // deep nesting
                return ("{\"id\":\"f" + i + "\",\"x\":" + "[".repeat(3000) + "]".repeat(3000) + ",\"text\":\"a\"}").getBytes(StandardCharsets.UTF_8);
            case 3: // quote marks that never close, and a stray closing one
                return String.format(good, "\\\"We will never stop, \\u201cshe said of the plan. He said: \\u201d no. "
                        + "\\\"And more \\\"\\\"\\\" here.").getBytes(StandardCharsets.UTF_8);
            case 4: { // invalid UTF-8 inside a valid record
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                byte[] head = ("{\"id\":\"f" + i + "\",\"text\":\"The minister said ").getBytes(StandardCharsets.UTF_8);
                b.write(head, 0, head.length);
                b.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE}, 0, 4);
                byte[] tail = " prices would fall.\"}".getBytes(StandardCharsets.UTF_8);
                b.write(tail, 0, tail.length);
                return b.toByteArray();
            }
            case 5: // control characters, emoji and markup
                return String.format(good, "\\u0007<b>Alarm</b> \\ud83d\\udea8 \\\"Stay inside,\\\" the mayor said.\\u0000").getBytes(StandardCharsets.UTF_8);
            case 6: // not an object, or no text
                return (random.nextBoolean() ? "[1,2,3]" : "{\"id\":\"f" + i + "\",\"title\":\"no text\"}").getBytes(StandardCharsets.UTF_8);
            case 7: // dates in odd forms
                return ("{\"id\":\"f" + i + "\",\"published_at\":\"" + new String[] {"yesterday", "1747044000", "Mon, 12 May 2025 10:00:00 GMT",
                        "12/13/14", "", "2025-13-45"}[random.nextInt(6)] + "\",\"text\":\"Officials said the bridge would reopen on Monday.\"}")
                        .getBytes(StandardCharsets.UTF_8);
            default:
                if (i == 9) { // one 10 MB article
                    return String.format(good, "\\\"Yes,\\\" he said. ".repeat(10_000_000 / 18)).getBytes(StandardCharsets.UTF_8);
                }
                if (i == 19) { // one 10 MB line of garbage
                    return "x".repeat(10_000_000).getBytes(StandardCharsets.UTF_8);
                }
                return String.format(good, "\\\"Fine words " + i + ",\\\" said Ana Costa. Costa added that it was fine.")
                        .getBytes(StandardCharsets.UTF_8);
        }
    }
}
