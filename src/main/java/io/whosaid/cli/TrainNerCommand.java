package io.whosaid.cli;

import io.whosaid.annotate.NerTrainer;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code whosaid train-ner}: trains the CRF NER model that {@code --ner-model} loads. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Trains a Spark NLP CRF NER model on CoNLL-2003-style data (WORD ... TAG lines, IOB tags) and saves it "
                + "as a PipelineModel for --ner-model PATH.")
public final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "Training data: one 'WORD ... TAG' line a token.")
    Path conll;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Where the model is written.")
    Path output;

    @Option(names = "--epochs", defaultValue = "15", paramLabel = "N", description = "CRF passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--min-weight", defaultValue = "0.01", paramLabel = "W",
            description = "Drop CRF weights below W: a smaller, faster-loading model (default: ${DEFAULT-VALUE}).")
    float minWeight;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master. Default: local[*].")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting; repeatable.")
    Map<String, String> conf = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        NerTrainer trainer = new NerTrainer(epochs, minWeight);
        SparkSession spark = Sessions.create("whosaid-train-ner", master, conf);
        trainer.train(spark, conll, output, m -> System.err.println("[whosaid] " + m));
        return 0;
    }
}
