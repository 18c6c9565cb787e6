package io.whosaid.annotate;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfApproach;
import com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfModel;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronApproach;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.embeddings.WordEmbeddings;
import com.johnsnowlabs.nlp.embeddings.WordEmbeddingsModel;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains a CRF NER model ({@code train-ner --kind crf}): Spark NLP's NerCrfApproach on CoNLL-2003-style data, with
 * word-shape features of its own and the project's gazetteers as 5-dimension word features, and
 * saves a PipelineModel that reads "document" and writes "ner_chunk" ({@code --ner-model}).
 *
 * @param epochs    CRF passes over the data (about 85 s each for CoNLL-2003 on 2 cores)
 * @param minWeight CRF weights below this are dropped: a third of the size, F1 -0.003 at 0.01
 */
public record NerTrainer(int epochs, float minWeight) {
    public NerTrainer {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        }
        if (minWeight < 0) {
            throw new IllegalArgumentException("the minimum weight must not be negative, was " + minWeight);
        }
    }

    public void train(SparkSession spark, Path conll, Path output, Consumer<String> progress) throws IOException {
        Path work = Files.createTempDirectory("whosaid-ner-training");
        Dataset<Row> data = ConllDatasets.read(spark, conll, ConllTraining::toSparkNlpConll, work, progress);
        Path features = work.resolve("gazetteers.txt");
        Files.write(features, ConllTraining.gazetteerFeatures(ConllTraining.jdkCountryNames()), StandardCharsets.UTF_8);

        PerceptronApproach tagger = new PerceptronApproach();
        tagger.setInputCols(new String[] {"sentence", "token"});
        tagger.setOutputCol("pos_predicted");
        tagger.setPosColumn("pos");
        tagger.setNIterations(1);
        PerceptronModel taggerModel = (PerceptronModel) tagger.fit(data);

        WordEmbeddings gazetteers = new WordEmbeddings();
        gazetteers.setInputCols(new String[] {"sentence", "token"});
        gazetteers.setOutputCol("embeddings");
        gazetteers.setStoragePath(features.toString(), "TEXT");
        gazetteers.setDimension(ConllTraining.GAZETTEERS.size());
        gazetteers.setStorageRef("whosaid_gazetteers");
        gazetteers.setCaseSensitive(true);
        WordEmbeddingsModel gazetteerModel = (WordEmbeddingsModel) gazetteers.fit(data);

        NerCrfApproach crf = new NerCrfApproach();
        crf.setInputCols(new String[] {"sentence", "token", "pos", "embeddings"});
        crf.setOutputCol("ner");
        crf.setLabelColumn("label");
        crf.setMaxEpochs(epochs);
        crf.setMinEpochs(0);
        crf.setL2(1.0);
        crf.setC0(2_250_000);
        crf.setLossEps(1e-3);
        crf.setIncludeConfidence(false);
        crf.setRandomSeed(42);
        long started = System.nanoTime();
        NerCrfModel crfModel = (NerCrfModel) crf.fit(gazetteerModel.transform(data));
        progress.accept(String.format(java.util.Locale.ROOT, "CRF trained in %.0f s", (System.nanoTime() - started) / 1e9));
        if (minWeight > 0) {
            crfModel.shrink(minWeight);
        }
        data.unpersist();

        // the saved pipeline starts after "document", as --ner-model expects
        DocumentAssembler document = new DocumentAssembler();
        document.setInputCol("text");
        document.setOutputCol("document");
        SentenceDetector sentences = new SentenceDetector();
        sentences.setInputCols(new String[] {"document"});
        sentences.setOutputCol("sentence");
        sentences.setCustomBounds(new String[] {"\n"}); // a line break ends a headline or a dateline
        Tokenizer tokens = new Tokenizer();
        tokens.setInputCols(new String[] {"sentence"});
        tokens.setOutputCol("token");
        taggerModel.setInputCols(new String[] {"sentence", "token"});
        taggerModel.setOutputCol("pos");
        NerConverter chunks = new NerConverter();
        chunks.setInputCols(new String[] {"sentence", "token", "ner"});
        chunks.setOutputCol("ner_chunk");
        StructType schema = new StructType(new StructField[] {DataTypes.createStructField("text", DataTypes.StringType, true)});
        PipelineModel fitted = new Pipeline().setStages(new PipelineStage[] {
                document, sentences, tokens, taggerModel, gazetteerModel, crfModel, chunks}).fit(spark.createDataFrame(List.of(), schema));
        Transformer[] afterDocument = Arrays.copyOfRange(fitted.stages(), 1, fitted.stages().length);
        new PipelineModel("whosaid_ner_crf", afterDocument).write().overwrite().save(output.toAbsolutePath().toString());
        progress.accept("model written to " + output);
    }
}
