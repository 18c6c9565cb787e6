package io.whosaid.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import io.whosaid.output.Schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.when;

/**
 * Reads articles from a file, a glob or a folder (Hadoop paths: file://, hdfs://, s3a://) into
 * the RAW schema: one row per input record, an article's fields or a reject reason. A large JSON
 * Lines file is read in several splits, by as many tasks; its records are still named by their line.
 */
public final class ArticleSources {
    private static final int RAW_KEPT_CHARS = 2000;

    private ArticleSources() {}

    public static Dataset<Row> read(SparkSession spark, String input, InputFormat forced, FieldMapping mapping) {
        Map<InputFormat, List<FileStatus>> byFormat = listInputs(spark, input, forced);
        if (byFormat.isEmpty()) {
            throw new IllegalArgumentException("no input files found at " + input
                    + " (expected .jsonl, .jsonl.gz, .csv, .parquet or .txt files, or --format)");
        }
        Dataset<Row> all = null;
        for (Map.Entry<InputFormat, List<FileStatus>> e : byFormat.entrySet()) {
            String[] paths = pathsOf(e.getValue());
            Dataset<Row> part = switch (e.getKey()) {
                case JSONL -> readJsonLines(spark, e.getValue(), mapping);
                case CSV -> readTable(spark, spark.read().option("header", "true").option("multiLine", "true")
                        .option("escape", "\"").option("mode", "PERMISSIVE"), "csv", paths, mapping);
                case PARQUET -> readTable(spark, spark.read(), "parquet", paths, mapping);
                case TXT -> readTextFiles(spark, paths);
            };
            all = all == null ? part : all.unionByName(part);
        }
        return all;
    }

    private static Map<InputFormat, List<FileStatus>> listInputs(SparkSession spark, String input, InputFormat forced) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Map<InputFormat, List<FileStatus>> byFormat = new EnumMap<>(InputFormat.class);
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new IllegalArgumentException("input not found: " + input);
            }
            List<FileStatus> files = new ArrayList<>();
            for (FileStatus m : matches) {
                if (m.isDirectory()) {
                    var it = fs.listFiles(m.getPath(), true);
                    while (it.hasNext()) {
                        FileStatus f = it.next();
                        String name = f.getPath().getName();
                        if (!name.startsWith(".") && !name.startsWith("_")) {
                            files.add(f);
                        }
                    }
                } else {
                    files.add(m);
                }
            }
            for (FileStatus f : files) {
                InputFormat format = forced != null ? forced : InputFormat.ofFileName(f.getPath().getName());
                if (format != null) {
                    byFormat.computeIfAbsent(format, k -> new ArrayList<>()).add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input " + input, e);
        }
        byFormat.values().forEach(l -> l.sort(Comparator.comparing(f -> f.getPath().toString())));
        return byFormat;
    }

    private static Dataset<Row> readJsonLines(SparkSession spark, List<FileStatus> files, FieldMapping mapping) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
        if (conf.get(FileInputFormat.SPLIT_MAXSIZE) == null) {
            conf.setLong(FileInputFormat.SPLIT_MAXSIZE, splitBytes(spark, files.stream().mapToLong(FileStatus::getLen).sum()));
        }
        String[] paths = pathsOf(files);
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                String.join(",", paths), TextInputFormat.class, LongWritable.class, Text.class, conf);
        // a file no longer than the smaller of the split maximum and its block size is one split: nothing to count
        long maxSplit = conf.getLong(FileInputFormat.SPLIT_MAXSIZE, Long.MAX_VALUE);
        boolean anySplit = files.stream().anyMatch(f -> f.getLen() > Math.min(maxSplit, f.getBlockSize()));
        Map<String, Long> linesBefore = anySplit ? linesBeforeSplits(lines, splitStarts(conf, paths)) : Map.of();
        JavaRDD<Row> rows = lines.mapPartitionsWithInputSplit((InputSplit split, Iterator<scala.Tuple2<LongWritable, Text>> it) -> {
            FileSplit fileSplit = (FileSplit) split;
            String file = fileSplit.getPath().toString();
            Long before = linesBefore.get(splitKey(fileSplit));
            if (before == null && fileSplit.getStart() > 0) {
                throw new IllegalStateException("no line count for the split of " + file + " at byte " + fileSplit.getStart());
            }
            long firstLine = before == null ? 0 : before;
            JsonRecordParser parser = new JsonRecordParser(mapping);
            return new Iterator<Row>() {
                long lineNo = firstLine;
                Row next = advance();

                private Row advance() {
                    while (it.hasNext()) {
                        scala.Tuple2<LongWritable, Text> t = it.next();
                        lineNo++;
                        String line = t._2().toString();
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonRecordParser.Parsed p = parser.parse(line);
                        String record = "line " + lineNo;
                        if (p.rejectReason() != null) {
                            return RowFactory.create(file, record, lineNo, JsonRecordParser.truncate(line, RAW_KEPT_CHARS),
                                    null, null, null, null, null, null, record + ": " + p.rejectReason());
                        }
                        return RowFactory.create(file, record, lineNo, null, p.id(), p.url(), p.source(), p.title(),
                                p.publishedAt(), p.text(), null);
                    }
                    return null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Row next() {
                    Row r = next;
                    next = advance();
                    return r;
                }
            };
        }, false);
        return spark.createDataFrame(rows, Schemas.RAW);
    }

    /**
     * The most bytes of JSON Lines one task reads, as Spark's own file sources size their splits:
     * the input spread over the cluster's cores, between spark.sql.files.openCostInBytes (4 MB) and
     * spark.sql.files.maxPartitionBytes (128 MB). A file system's block size caps it further
     * (32 MB on local disks). A user's mapreduce.input.fileinputformat.split.maxsize wins.
     */
    static long splitBytes(SparkSession spark, long totalBytes) {
        long perCore = totalBytes / Math.max(1, spark.sparkContext().defaultParallelism());
        return Math.min(spark.sessionState().conf().filesMaxPartitionBytes(),
                Math.max(spark.sessionState().conf().filesOpenCostInBytes(), perCore));
    }

    /** Where each split of a file read in several splits starts, in order; files read whole are left out. */
    private static Map<String, List<Long>> splitStarts(Configuration conf, String[] paths) {
        try {
            org.apache.hadoop.mapreduce.Job job = org.apache.hadoop.mapreduce.Job.getInstance(conf);
            FileInputFormat.setInputPaths(job, String.join(",", paths));
            Map<String, List<Long>> starts = new HashMap<>();
            for (InputSplit split : new TextInputFormat().getSplits(job)) {
                FileSplit s = (FileSplit) split;
                starts.computeIfAbsent(s.getPath().toString(), k -> new ArrayList<>()).add(s.getStart());
            }
            starts.values().removeIf(l -> l.size() < 2);
            starts.values().forEach(l -> l.sort(Comparator.naturalOrder()));
            return starts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot split the input files " + String.join(", ", paths), e);
        }
    }

    /**
     * For each split that does not start its file, the number of lines before it. A first pass counts
     * the lines of every split but the last of a file read in several; it runs only when there is such
     * a file, and brings one number per split (about one per 32 MB of input) to the driver.
     */
    private static Map<String, Long> linesBeforeSplits(JavaNewHadoopRDD<LongWritable, Text> lines, Map<String, List<Long>> starts) {
        if (starts.isEmpty()) {
            return Map.of();
        }
        Set<String> toCount = new HashSet<>();
        starts.forEach((file, s) -> s.subList(0, s.size() - 1).forEach(start -> toCount.add(splitKey(file, start))));
        List<scala.Tuple2<String, Long>> counted = lines.mapPartitionsWithInputSplit(
                (InputSplit split, Iterator<scala.Tuple2<LongWritable, Text>> it) -> {
                    String key = splitKey((FileSplit) split);
                    if (!toCount.contains(key)) {
                        return Collections.emptyIterator();
                    }
                    long n = 0;
                    for (; it.hasNext(); it.next()) {
                        n++;
                    }
                    return List.of(new scala.Tuple2<>(key, n)).iterator();
                }, false).collect();
        Map<String, Long> counts = new HashMap<>();
        counted.forEach(c -> counts.put(c._1(), c._2()));
        Map<String, Long> before = new HashMap<>();
        starts.forEach((file, s) -> {
            long sum = 0;
            for (int k = 1; k < s.size(); k++) {
                String previous = splitKey(file, s.get(k - 1));
                Long n = counts.get(previous);
                if (n == null) {
                    throw new IllegalStateException("the lines of " + file + " from byte " + s.get(k - 1) + " were not counted");
                }
                sum += n;
                before.put(splitKey(file, s.get(k)), sum);
            }
        });
        return before;
    }

    private static String splitKey(FileSplit split) {
        return splitKey(split.getPath().toString(), split.getStart());
    }

    private static String splitKey(String file, long start) {
        return file + "@" + start;
    }

    private static String[] pathsOf(List<FileStatus> files) {
        return files.stream().map(f -> f.getPath().toString()).toArray(String[]::new);
    }

    /** CSV and Parquet: columns mapped by name; a malformed CSV row becomes a reject. */
    private static Dataset<Row> readTable(SparkSession spark, org.apache.spark.sql.DataFrameReader reader, String format,
                                          String[] paths, FieldMapping mapping) {
        StructType inferred = reader.format(format).load(paths).schema();
        boolean csv = format.equals("csv");
        Dataset<Row> df;
        if (csv) {
            List<StructField> fields = new ArrayList<>();
            for (StructField f : inferred.fields()) {
                fields.add(DataTypes.createStructField(f.name(), DataTypes.StringType, true));
            }
            fields.add(DataTypes.createStructField("_corrupt_record", DataTypes.StringType, true));
            df = reader.format(format).schema(DataTypes.createStructType(fields))
                    .option("columnNameOfCorruptRecord", "_corrupt_record").load(paths);
        } else {
            df = reader.format(format).load(paths);
        }
        List<String> names = List.of(df.columns());
        String textName = mapping.sourceOf("text");
        if (!names.contains(textName)) {
            throw new IllegalArgumentException("the " + format + " input has no '" + textName + "' column (columns: " + names
                    + "); map the text column with --fields text=NAME");
        }
        Column corrupt = csv ? col("_corrupt_record") : lit(null).cast("string");
        Column textCol = col(textName).cast("string");
        Column reason = when(corrupt.isNotNull(), lit("malformed CSV row"))
                .when(textCol.isNull(), lit("no text field ('" + textName + "')"));
        Column fileName = input_file_name();
        return df.select(
                fileName.as("input_file"),
                lit(format.equals("csv") ? "csv row" : "parquet row").as("record"),
                monotonically_increasing_id().as("record_index"),
                when(reason.isNotNull(), csv ? corrupt : lit(null).cast("string")).as("raw"),
                field(names, mapping, "id"), field(names, mapping, "url"), field(names, mapping, "source"),
                field(names, mapping, "title"), field(names, mapping, "published_at"), textCol.as("text"),
                when(reason.isNotNull(), concat(lit(format + " row: "), reason)).as("reject_reason"));
    }

    private static Column field(List<String> names, FieldMapping mapping, String field) {
        String source = mapping.sourceOf(field);
        return names.contains(source) ? col(source).cast("string").as(field) : lit(null).cast("string").as(field);
    }

    /** A folder of .txt files: one article per file, its name (without .txt) as id. */
    private static Dataset<Row> readTextFiles(SparkSession spark, String[] paths) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = jsc.wholeTextFiles(String.join(",", paths)).map(t -> {
            String file = t._1();
            String name = file.substring(file.lastIndexOf('/') + 1);
            String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
            return RowFactory.create(file, "file", 0L, null, id, null, null, null, null, t._2(), null);
        });
        return spark.createDataFrame(rows, Schemas.RAW);
    }
}
