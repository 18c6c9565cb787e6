package io.whosaid.cli;

import io.whosaid.annotate.NlpPipeline;
import io.whosaid.annotate.ToneModel;
import io.whosaid.annotate.ToneModelTrainer;
import io.whosaid.annotate.ToneScorer;
import io.whosaid.annotate.ToneTrainingData;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code whosaid train-tone}: trains the tone model that {@code --sentiment-model PATH} loads. */
@Command(name = "train-tone", mixinStandardHelpOptions = true,
        description = "Trains a tone model (logistic regression over words, word pairs and the sentiment lexicon's score) "
                + "on labelled sentences, for --sentiment-model PATH.")
public final class TrainToneCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "JSON Lines, one sentence a line: 'text' and its class in 'polarity', 'label' or 'sentiment_label' "
                    + "(negative, neutral, positive), as NewsMTSC's files have them.")
    Path data;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The model file to write (e.g. tone.txt.gz).")
    Path output;

    @Option(names = "--sentiment-lexicon", paramLabel = "FILE",
            description = "The lexicon (VADER's format) whose scores the model learns from; the same one must then be given to run.")
    Path lexicon;

    @Option(names = "--min-count", defaultValue = "3", paramLabel = "N",
            description = "Words and word pairs seen in fewer sentences are no features (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--iterations", defaultValue = "300", paramLabel = "N", description = "Gradient steps (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--l2", defaultValue = "3e-4", paramLabel = "X", description = "L2 penalty (default: ${DEFAULT-VALUE}).")
    double l2;

    @Mixin
    SparkOptions sparkOptions;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data)) {
            throw new IllegalArgumentException("training data not found: " + data);
        }
        SparkSession spark = sparkOptions.session("whosaid-train-tone");
        NlpPipeline pipeline = NlpPipeline.build(spark, NlpPipeline.LEXICON_ONLY, lexicon, null);
        List<ToneModelTrainer.Example> examples;
        try {
            ToneScorer scorer = pipeline.tone().value().lexicon();
            examples = ToneTrainingData.read(data, scorer::score);
        } finally {
            pipeline.release();
        }
        ToneModel model = new ToneModelTrainer(minCount, iterations, l2, ToneModelTrainer.LEARNING_RATE, ToneModelTrainer.MIN_WEIGHT)
                .train(examples, m -> System.err.println("[whosaid] " + m));
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            model.write(out);
        }
        System.err.println("[whosaid] tone model with " + model.size() + " features written to " + output);
        return 0;
    }
}
