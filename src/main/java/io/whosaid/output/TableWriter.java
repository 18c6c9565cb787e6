package io.whosaid.output;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes one table as compressed Parquet under the output folder, partitioned by a month column
 * where date-range queries need it ("statement_month=2025-05"). The partition column is derived,
 * so every contract column, dates included, stays inside the files.
 */
public final class TableWriter {
    private final String outputDir;

    public TableWriter(String outputDir) {
        this.outputDir = outputDir.endsWith("/") ? outputDir.substring(0, outputDir.length() - 1) : outputDir;
    }

    public String pathOf(String table) {
        return outputDir + "/" + table;
    }

    public void write(Dataset<Row> df, String table, String... partitionColumns) {
        var writer = df.write().mode(SaveMode.Overwrite).option("compression", "zstd");
        if (partitionColumns.length > 0) {
            writer = writer.partitionBy(partitionColumns);
        }
        writer.parquet(pathOf(table));
    }
}
