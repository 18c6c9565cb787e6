package io.whosaid.annotate;

import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronApproach;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;


/**
 * Trains the default NER model: Spark NLP's averaged perceptron (PerceptronApproach, the
 * part-of-speech tagger's trainer) on CoNLL-2003-style data with the entity tags in the place of
 * the parts of speech, and writes its weights in the file format of {@link PerceptronNerModels}.
 *
 * @param iterations passes over the training data (about 5 s each for CoNLL-2003 on 2 cores)
 */
public record PerceptronNerTrainer(int iterations) {
    public PerceptronNerTrainer {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
        }
    }

    public void train(SparkSession spark, Path conll, Path output, Consumer<String> progress) throws IOException {
        Dataset<Row> data = ConllDatasets.read(spark, conll,
                lines -> ConllTraining.entityTagsAsPos(ConllTraining.toSparkNlpConll(lines)),
                Files.createTempDirectory("whosaid-ner-training"), progress);

        PerceptronApproach tagger = new PerceptronApproach();
        tagger.setInputCols(new String[] {"sentence", "token"});
        tagger.setOutputCol("ner");
        tagger.setPosColumn("pos");
        tagger.setNIterations(iterations);
        long started = System.nanoTime();
        PerceptronModel model = (PerceptronModel) tagger.fit(data);
        data.unpersist();
        progress.accept(String.format(Locale.ROOT, "perceptron trained in %.0f s: %,d features", (System.nanoTime() - started) / 1e9,
                model.getModel().getWeights().size()));
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            PerceptronNerModels.write(model.getModel(), out);
        }
        progress.accept(String.format(Locale.ROOT, "model written to %s (%,d bytes)", output, Files.size(output)));
    }
}
