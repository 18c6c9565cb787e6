package io.whosaid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kill -9 of the driver halfway: the previous output stays readable and unchanged, and a rerun completes. */
class KilledRunEndToEndTest {
    private static final int ARTICLES = 6_000;

    @Test
    void aKilledRunLeavesThePreviousOutputAsItWas(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, SparkRuns.run(SparkRuns.SAMPLE, out));
        String query = "SELECT statement_id, actor_id, content FROM {statements} ORDER BY statement_id";
        List<Map<String, Object>> before;
        try (DuckDb db = new DuckDb(out)) {
            before = db.rows(query);
        }

        Path big = tmp.resolve("big");
        Files.createDirectories(big);
        try (BufferedWriter w = Files.newBufferedWriter(big.resolve("many.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                w.write("{\"id\":\"k" + i + "\",\"published_at\":\"2025-03-12\",\"text\":\"\\\"Convoy " + i
                        + " has crossed the border,\\\" said Ana Costa. Officials said the road would stay open on Monday.\"}\n");
            }
        }
        List<String> command = new ArrayList<>(List.of(StandaloneCluster.javaBinary(), "-Xmx1g"));
        command.addAll(Arrays.asList(System.getProperty("whosaid.jvmOpens", "").trim().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.whosaid.cli.Main", "run",
                "--input", big.toString(), "--output", out.toString(), "--mode", "overwrite", "--master", "local[2]"));
        Process driver = new ProcessBuilder(command.stream().filter(s -> !s.isEmpty()).toList())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("driver.log").toFile()).start();
        Path staging = out.resolve("_whosaid_staging");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(staging) && driver.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(driver.isAlive(), () -> "the run was still going when killed: " + SparkRuns.read(tmp.resolve("driver.log")));
        driver.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(driver.waitFor(30, TimeUnit.SECONDS));

        try (DuckDb db = new DuckDb(out)) {
            assertEquals(before, db.rows(query), "the previous output is unchanged");
        }

        assertEquals(0, SparkRuns.run(big, out, "--mode", "overwrite"), "a rerun completes");
        try (DuckDb db = new DuckDb(out)) {
            assertEquals(ARTICLES, db.count("SELECT count(*) FROM {articles}"));
            assertEquals(2L * ARTICLES, db.count("SELECT count(*) FROM {statements}"));
        }
        assertTrue(Files.notExists(staging), "the killed run's staging is gone");
    }

}
