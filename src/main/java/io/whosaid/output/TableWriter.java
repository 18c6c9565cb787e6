package io.whosaid.output;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the tables as compressed Parquet, first into a staging folder of the output
 * ({@code _whosaid_staging/RUN}), and only when every table is written moves them into place:
 * a run that dies leaves the previous output as it was. Tables that date-range queries filter
 * are partitioned by a month column ("statement_month=2025-05"), derived, so that every
 * contract column, dates included, stays inside the files.
 */
public final class TableWriter {
    public static final String STAGING = "_whosaid_staging";
    /** A file may pass the target size by this factor before the table is rewritten in smaller files. */
    private static final double SIZE_TOLERANCE = 1.5;

    private final Path output;
    private final Path staging;
    private final FileSystem fs;
    private final long targetFileBytes;

    public TableWriter(String outputDir, String runId, Configuration conf, long targetFileBytes) {
        if (targetFileBytes < 1024) {
            throw new IllegalArgumentException("the target file size must be at least 1 KB, was " + targetFileBytes);
        }
        this.targetFileBytes = targetFileBytes;
        this.output = new Path(outputDir);
        this.staging = new Path(new Path(output, STAGING), runId);
        try {
            this.fs = output.getFileSystem(conf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the file system of " + outputDir, e);
        }
    }

    public String pathOf(String table) {
        return new Path(output, table).toString();
    }

    public String stagedPathOf(String table) {
        return new Path(staging, table).toString();
    }

    public boolean exists(String table) {
        try {
            return fs.exists(new Path(output, table));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + pathOf(table), e);
        }
    }

    /**
     * Writes {@code df} into the staging folder: one file per partition folder, not one per task
     * (no swarm of tiny files); a table whose files come out far over the target size is rewritten
     * from its staged files, split by a record count that the first write measured.
     */
    public void stage(Dataset<Row> df, String table, String... partitionColumns) {
        Path folder = new Path(staging, table);
        write(df, folder, 0, partitionColumns);
        List<Long> sizes = parquetFileSizes(folder);
        if (sizes.isEmpty()) {
            // an empty table still gets one (empty) file with its schema, so every reader can open it
            df.limit(0).repartition(1).write().mode(SaveMode.Overwrite).option("compression", "zstd").parquet(folder.toString());
            return;
        }
        long largest = sizes.stream().mapToLong(Long::longValue).max().orElse(0);
        if (largest > targetFileBytes * SIZE_TOLERANCE) {
            long total = sizes.stream().mapToLong(Long::longValue).sum();
            Dataset<Row> staged = df.sparkSession().read().schema(df.schema()).parquet(folder.toString());
            long rows = staged.count();
            long recordsPerFile = Math.max(1, (long) ((double) rows * targetFileBytes / total));
            Path resized = new Path(staging, table + "-resized");
            write(staged, resized, recordsPerFile, partitionColumns);
            try {
                fs.delete(folder, true);
                if (!fs.rename(resized, folder)) {
                    throw new IOException("could not move " + resized + " to " + folder);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot resize the files of table " + table, e);
            }
        }
    }

    private static void write(Dataset<Row> df, Path folder, long maxRecordsPerFile, String... partitionColumns) {
        Dataset<Row> laidOut = partitionColumns.length > 0
                ? df.repartition(java.util.Arrays.stream(partitionColumns).map(org.apache.spark.sql.functions::col)
                        .toArray(org.apache.spark.sql.Column[]::new))
                : df.repartition(1); // a shuffle, so that upstream work keeps its parallelism
        var writer = laidOut.write().mode(SaveMode.Overwrite).option("compression", "zstd")
                .option("maxRecordsPerFile", maxRecordsPerFile);
        if (partitionColumns.length > 0) {
            writer = writer.partitionBy(partitionColumns);
        }
        writer.parquet(folder.toString());
    }

    private List<Long> parquetFileSizes(Path folder) {
        try {
            List<Long> sizes = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(folder, true);
            while (files.hasNext()) {
                LocatedFileStatus file = files.next();
                if (file.getPath().getName().endsWith(".parquet")) {
                    sizes.add(file.getLen());
                }
            }
            return sizes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** Replaces the table with its staged version. */
    public void replace(String table) {
        Path target = new Path(output, table);
        Path old = new Path(staging, "previous-" + table);
        try {
            if (fs.exists(target) && !fs.rename(target, old)) {
                throw new IOException("could not move " + target + " aside");
            }
            if (!fs.rename(new Path(staging, table), target)) {
                throw new IOException("could not move the new " + table + " into " + target);
            }
            fs.delete(old, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace table " + table, e);
        }
    }

    /** Adds the staged files of a table to the existing table (same partition folders). */
    public void append(String table) {
        Path from = new Path(staging, table);
        Path target = new Path(output, table);
        try {
            if (!fs.exists(target)) {
                replace(table);
                return;
            }
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(from, true);
            while (files.hasNext()) {
                Path file = files.next().getPath();
                String name = file.getName();
                if (name.startsWith("_") || name.startsWith(".")) {
                    continue;
                }
                String relative = file.toUri().getPath().substring(from.toUri().getPath().length() + 1);
                Path destination = new Path(target, relative);
                fs.mkdirs(destination.getParent());
                if (!fs.rename(file, destination)) {
                    throw new IOException("could not move " + file + " to " + destination);
                }
            }
            fs.delete(from, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to table " + table, e);
        }
    }

    /** Removes what runs that died left in the staging folder (one run writes an output at a time). */
    public void removeStaleStaging() {
        Path root = staging.getParent();
        try {
            if (fs.exists(root)) {
                fs.delete(root, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the stale staging folder " + root, e);
        }
    }

    /** Removes this run's staging folder, and the staging root when no other run uses it. */
    public void cleanUp() {
        try {
            fs.delete(staging, true);
            Path root = staging.getParent();
            FileStatus[] left = fs.exists(root) ? fs.listStatus(root) : new FileStatus[0];
            if (left.length == 0) {
                fs.delete(root, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging folder " + staging, e);
        }
    }
}
