package io.whosaid.cli;

import io.whosaid.annotate.NerTrainer;
import io.whosaid.annotate.PerceptronNerTrainer;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code whosaid train-ner}: trains a Spark NLP NER model that {@code --ner-model} loads. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Trains a Spark NLP NER model on CoNLL-2003-style data (WORD ... TAG lines, IOB tags) for --ner-model PATH: "
                + "an averaged perceptron (the default model's kind: a small file, fast) or a CRF (a PipelineModel folder, "
                + "about 20 times slower to run).")
public final class TrainNerCommand implements Callable<Integer> {
    enum Kind { perceptron, crf }

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "Training data: one 'WORD ... TAG' line a token.")
    Path conll;

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "Where the model is written: a file (perceptron, e.g. ner.txt.gz) or a folder (crf).")
    Path output;

    @Option(names = "--kind", defaultValue = "perceptron", paramLabel = "KIND",
            description = "perceptron or crf (default: ${DEFAULT-VALUE}).")
    Kind kind;

    @Option(names = "--iterations", defaultValue = "5", paramLabel = "N",
            description = "Perceptron passes over the data (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--epochs", defaultValue = "15", paramLabel = "N", description = "CRF passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--min-weight", defaultValue = "0.01", paramLabel = "W",
            description = "Drop CRF weights below W: a smaller, faster-loading model (default: ${DEFAULT-VALUE}).")
    float minWeight;

    @Mixin
    SparkOptions sparkOptions;

    @Override
    public Integer call() throws Exception {
        SparkSession spark = sparkOptions.session("whosaid-train-ner");
        if (kind == Kind.crf) {
            new NerTrainer(epochs, minWeight).train(spark, conll, output, m -> System.err.println("[whosaid] " + m));
        } else {
            new PerceptronNerTrainer(iterations).train(spark, conll, output, m -> System.err.println("[whosaid] " + m));
        }
        return 0;
    }
}
