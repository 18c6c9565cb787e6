package io.whosaid.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A large JSON Lines file is read by several tasks, and its records keep the names of their lines. */
class ArticleSourcesTest {
    private static final long MB = 1024 * 1024;
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterEach
    void defaultSplits() {
        spark.sparkContext().hadoopConfiguration().unset(FileInputFormat.SPLIT_MAXSIZE);
    }

    @Test
    void recordsOfAFileReadInSeveralSplitsAreNamedByTheirLine(@TempDir Path tmp) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int line = 1; line <= 60; line++) {
            if (line == 10) {
                lines.append("\n"); // a blank line is a line, not a record
            } else if (line == 25) {
                lines.append("{\"id\": \"a-25\", \"text\": \"never closed\n");
            } else {
                lines.append("{\"id\":\"a-").append(line).append("\",\"text\":\"Article number ").append(line)
                        .append(" says what it says.\"}").append(line % 7 == 0 ? "\r\n" : "\n");
            }
        }
        Path file = tmp.resolve("big.jsonl");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        // splits of 300 bytes: the 3.4 KB file is read by a dozen tasks, each starting mid-line
        spark.sparkContext().hadoopConfiguration().setLong(FileInputFormat.SPLIT_MAXSIZE, 300);

        Dataset<Row> raw = ArticleSources.read(spark, file.toString(), null, FieldMapping.identity());

        assertTrue(raw.rdd().getNumPartitions() > 5, "read in " + raw.rdd().getNumPartitions() + " splits");
        List<Row> rows = raw.select("id", "record", "record_index", "reject_reason").collectAsList();
        assertEquals(59, rows.size(), "every non-blank line once: " + rows);
        Map<String, Row> byRecord = new HashMap<>();
        for (Row r : rows) {
            byRecord.put(r.getString(1), r);
        }
        assertEquals(59, byRecord.size(), "no line named twice");
        for (int line = 1; line <= 60; line++) {
            if (line == 10 || line == 25) {
                continue;
            }
            Row r = byRecord.get("line " + line);
            assertEquals("a-" + line, r == null ? null : r.getString(0), "the record of line " + line);
            assertEquals(line, r.getLong(2));
        }
        String reason = byRecord.get("line 25").getString(3);
        assertTrue(reason.startsWith("line 25: not valid JSON"), reason);
    }

    @Test
    void aSplittableCompressedFileLosesNoRecordAndKeepsItsLineNames(@TempDir Path tmp) throws Exception {
        // bzip2 is split by Hadoop at its blocks: a split that holds no block start reads nothing
        Path file = tmp.resolve("big.jsonl.bz2");
        BZip2Codec bzip2 = new BZip2Codec();
        bzip2.setConf(new Configuration());
        try (OutputStream out = bzip2.createOutputStream(Files.newOutputStream(file))) {
            for (int line = 1; line <= 400; line++) {
                out.write(("{\"id\":\"b-" + line + "\",\"text\":\"Item " + line + " of the compressed file.\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        spark.sparkContext().hadoopConfiguration().setLong(FileInputFormat.SPLIT_MAXSIZE, 300);

        List<Row> rows = ArticleSources.read(spark, file.toString(), null, FieldMapping.identity())
                .select("id", "record").collectAsList();

        assertEquals(400, rows.size());
        for (Row r : rows) {
            assertEquals("line " + r.getString(0).substring(2), r.getString(1));
        }
    }

    @Test
    void splitsSpreadTheInputOverTheCoresBetweenFourAnd128Megabytes() {
        assertEquals(2, spark.sparkContext().defaultParallelism());
        assertEquals(50 * MB, ArticleSources.splitBytes(spark, 100 * MB), "100 MB over two cores");
        assertEquals(4 * MB, ArticleSources.splitBytes(spark, MB), "no split below Spark's file open cost");
        assertEquals(128 * MB, ArticleSources.splitBytes(spark, 10_000 * MB), "at most Spark's maxPartitionBytes");
    }
}
