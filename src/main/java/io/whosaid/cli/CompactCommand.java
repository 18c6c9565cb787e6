package io.whosaid.cli;

import io.whosaid.output.OutputTables;
import io.whosaid.output.TableWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code whosaid compact}: rewrites the tables of an output folder in one file per partition
 * folder (split near the target size), after many {@code --mode append} runs left a small
 * file per batch. Like a run, it writes into staging first: a compaction that dies changes nothing.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Rewrite every table of an output folder into few files near the target size (after many appends).")
public final class CompactCommand implements Callable<Integer> {
    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The output folder of a run.")
    String output;

    @Option(names = "--target-file-size", defaultValue = "128m", paramLabel = "SIZE",
            description = "Files are kept near or under this size (default: ${DEFAULT-VALUE}).")
    String targetFileSize;

    @Mixin
    SparkOptions sparkOptions;

    @Override
    public Integer call() {
        SparkSession spark = sparkOptions.session("whosaid-compact");
        String runId = "compact-" + Long.toString(System.currentTimeMillis(), 36);
        TableWriter writer = new TableWriter(output, runId, spark.sparkContext().hadoopConfiguration(), ByteSizes.parse(targetFileSize));
        if (!writer.exists("articles")) {
            throw new IllegalArgumentException("no whosaid output in " + output + " (no articles table)");
        }
        writer.removeStaleStaging();
        // month folders ("2025-05", "unknown") are read back as the strings they were written from
        spark.conf().set("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
        for (OutputTables.Table table : OutputTables.ALL) {
            if (!writer.exists(table.name())) {
                continue;
            }
            Dataset<Row> rows = spark.read().parquet(writer.pathOf(table.name()));
            if (table.partitionColumn() == null) {
                writer.stage(rows, table.name());
            } else {
                writer.stage(rows, table.name(), table.partitionColumn());
            }
        }
        for (OutputTables.Table table : OutputTables.ALL) {
            if (writer.exists(table.name())) {
                writer.replace(table.name());
            }
        }
        writer.cleanUp();
        System.err.println("[whosaid] compacted " + output);
        return 0;
    }
}
