package io.whosaid;

import io.whosaid.ingest.FieldMapping;
import io.whosaid.ingest.InputFormat;

import java.nio.file.Path;

/**
 * What a run needs to know.
 *
 * @param maxChars       articles longer than this (after cleaning) are truncated and flagged
 * @param lexiconDir     folder with replacement lexicon files, or null for the bundled ones
 * @param sentimentModel null for the bundled tone model, "lexicon" for Spark NLP's sentiment detector alone, a tone model file, or a saved Spark NLP PipelineModel writing "sentiment"
 * @param sentimentLexicon a VADER-format lexicon replacing the bundled one, or null
 * @param partitions     how many partitions the articles are spread over; 0 picks twice the cores
 * @param nerModel       the NER model (see {@link io.whosaid.annotate.NerChoice}); null for the bundled perceptron
 * @param nearDuplicateSimilarity estimated word 4-gram Jaccard similarity from which an article is a copy of an earlier one
 * @param targetFileBytes the size Parquet files are kept under (about), e.g. 128 MB
 */
public record JobOptions(
        String input,
        String output,
        InputFormat format,
        FieldMapping fields,
        int maxChars,
        String lexiconDir,
        String sentimentModel,
        Path sentimentLexicon,
        int partitions,
        WriteMode mode,
        String nerModel,
        double nearDuplicateSimilarity,
        long targetFileBytes) {
    public static final double DEFAULT_NEAR_DUPLICATE_SIMILARITY = 0.6;
    public static final long DEFAULT_TARGET_FILE_BYTES = 128L << 20;

    public JobOptions {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("an input path is required");
        }
        if (output == null || output.isBlank()) {
            throw new IllegalArgumentException("an output folder is required");
        }
        if (maxChars < 1000) {
            throw new IllegalArgumentException("max-chars must be at least 1000, was " + maxChars);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must not be negative, was " + partitions);
        }
        if (!(nearDuplicateSimilarity > 0 && nearDuplicateSimilarity <= 1)) {
            throw new IllegalArgumentException("the near-duplicate similarity must be above 0 and at most 1, was " + nearDuplicateSimilarity);
        }
        if (targetFileBytes < 1024) {
            throw new IllegalArgumentException("the target file size must be at least 1 KB, was " + targetFileBytes + " bytes");
        }
        if (fields == null) {
            fields = FieldMapping.identity();
        }
        if (mode == null) {
            mode = WriteMode.ERROR_IF_EXISTS;
        }
    }
}
