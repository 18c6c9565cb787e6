package io.whosaid.cli;

import io.whosaid.Job;
import io.whosaid.JobOptions;
import io.whosaid.RunSummary;
import io.whosaid.WriteMode;
import io.whosaid.ingest.FieldMapping;
import io.whosaid.ingest.InputFormat;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code whosaid run}: the whole job over a corpus. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the job: read articles, find statements, write the Parquet tables.",
        footer = {"", "Exit codes: 0 done, nothing rejected; 3 done, some records rejected (see the rejects table); "
                + "1 failed; 2 bad command line."})
public final class RunCommand implements Callable<Integer> {
    static final int EXIT_REJECTS = 3;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A file, a glob or a folder: JSON Lines (.jsonl, .jsonl.gz, .json), CSV with a header, Parquet, "
                    + "or .txt files (one article each). Hadoop paths work: file://, hdfs://, s3a://.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The output folder (one sub-folder per table).")
    String output;

    @Option(names = "--mode", defaultValue = "error-if-exists", paramLabel = "MODE",
            description = "error-if-exists (default: refuse a non-empty output), overwrite (replace the tables once the "
                    + "new ones are written) or append (add the articles not yet in the output, by article_id).")
    String mode;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Force the input format: ${COMPLETION-CANDIDATES}. Default: by file extension.")
    InputFormat format;

    @Option(names = "--fields", paramLabel = "MAP",
            description = "Map contract fields to input names, e.g. text=body,published_at=date. Fields: id, url, source, title, published_at, text.")
    String fields;

    @Mixin
    SparkOptions sparkOptions;

    @Option(names = "--max-chars", defaultValue = "200000", paramLabel = "N",
            description = "Articles longer than this after cleaning are truncated and flagged (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Partitions to spread articles over; 0 = twice the cores (default).")
    int partitions;

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "A folder of lexicon files (cues.txt, titles.txt, places.txt, ...) replacing the bundled ones of the same name.")
    String lexicons;

    @Option(names = "--ner-model", paramLabel = "PATH|rules|pretrained:NAME",
            description = "The NER model. Default: the bundled Spark NLP averaged perceptron trained on CoNLL-2003. PATH: a "
                    + "perceptron model file made by whosaid train-ner (or a PerceptronModel folder saved by Spark NLP), which "
                    + "replaces it everywhere; or a saved PipelineModel that reads 'document' and writes 'ner_chunk' (e.g. "
                    + "train-ner --kind crf), which writes the entities table. rules: the rule-based recogniser. "
                    + "pretrained:NAME: a pretrained NerDLModel (e.g. ner_dl, needs internet) for the entities table.")
    String nerModel;

    @Option(names = "--near-duplicate-similarity", defaultValue = "0.6", paramLabel = "S",
            description = "An article whose text is at least this similar (0-1, estimated Jaccard of word 4-grams) to an "
                    + "earlier one is marked duplicate_of it, and its repeated statements are counted once (default: ${DEFAULT-VALUE}).")
    double nearDuplicateSimilarity;

    @Option(names = "--target-file-size", defaultValue = "128m", paramLabel = "SIZE",
            description = "Parquet files are kept near or under this size, e.g. 128m, 1g (default: ${DEFAULT-VALUE}).")
    String targetFileSize;

    @Option(names = "--sentiment-model", paramLabel = "PATH",
            description = "The tone model: a file made by whosaid train-tone instead of the bundled one (trained on NewsMTSC), "
                    + "'lexicon' for Spark NLP's sentiment detector with the VADER lexicon alone, or a saved Spark NLP PipelineModel "
                    + "that reads 'tone_text' and writes a 'tone' sentiment column.")
    String sentimentModel;

    @Option(names = "--sentiment-lexicon", paramLabel = "FILE",
            description = "A lexicon in VADER's format (word<TAB>valence ...) instead of the bundled VADER lexicon.")
    java.nio.file.Path sentimentLexicon;

    @Override
    public Integer call() throws Exception {
        WriteMode writeMode = switch (mode) {
            case "error-if-exists" -> WriteMode.ERROR_IF_EXISTS;
            case "overwrite" -> WriteMode.OVERWRITE;
            case "append" -> WriteMode.APPEND;
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--mode must be error-if-exists, overwrite or append, was " + mode);
        };
        JobOptions options = new JobOptions(input, output, format, FieldMapping.parse(fields), maxChars, lexicons,
                sentimentModel, sentimentLexicon, partitions, writeMode, nerModel, nearDuplicateSimilarity,
                ByteSizes.parse(targetFileSize));
        SparkSession spark = sparkOptions.session("whosaid");
        try {
            refuseExistingOutput(spark);
            Job job = new Job(spark, options, message -> System.err.println("[whosaid] " + message));
            RunSummary summary = job.run();
            System.out.println(summary.line());
            return summary.rejects() > 0 ? EXIT_REJECTS : 0;
        } finally {
            // not stopped here: Spark NLP keeps the first session for good, so a second run in the same JVM
            // (tests, notebooks) must find it alive; the JVM's exit stops it
            spark.catalog().clearCache();
        }
    }

    private void refuseExistingOutput(SparkSession spark) throws java.io.IOException {
        if (!mode.equals("error-if-exists")) {
            return;
        }
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(out)) {
            FileStatus[] children = fs.listStatus(out);
            if (children.length > 0) {
                throw new IllegalStateException("output " + output + " is not empty; use --mode overwrite to replace it");
            }
        }
    }

}
