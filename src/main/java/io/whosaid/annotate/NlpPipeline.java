package io.whosaid.annotate;

import com.johnsnowlabs.nlp.annotators.pos.perceptron.AveragedPerceptron;
import com.johnsnowlabs.nlp.annotators.sda.pragmatic.SentimentDetector;
import com.johnsnowlabs.nlp.annotators.sda.pragmatic.SentimentDetectorModel;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.coalesce;

/**
 * The Spark NLP models of a run, built in one place: the NER model of the language stages (the
 * bundled averaged perceptron, or one given with --ner-model, broadcast to the executors), a
 * Spark NLP NER pipeline for the entities table when --ner-model names one (a saved
 * PipelineModel or a pretrained name), and tone: SentimentDetector fed with the VADER lexicon, over
 * document and token annotations that whosaid's own tokenizer builds, whose score a trained
 * {@link ToneModel} (bundled, or a file given with --sentiment-model) takes with the words of each
 * sentence; --sentiment-model lexicon keeps the detector alone, and a saved PipelineModel replaces both.
 */
public final class NlpPipeline {
    /** The --sentiment-model value for Spark NLP's sentiment detector alone, without the trained model. */
    public static final String LEXICON_ONLY = "lexicon";
    private final PipelineModel model;
    /** The default tone model's dictionary and multipliers; null for a user's pipeline. */
    private final ToneScorer defaultTone;
    /** The trained tone model over the detector's score, or null for the detector alone or a user's pipeline. */
    private final ToneModel toneModel;
    /** A Spark NLP NER pipeline for the entities table, or null when the language stages' entities are the table. */
    private NerModels ner;
    /** The perceptron NER weights on every executor, or null for the rule-based recogniser. */
    private Broadcast<AveragedPerceptron> entityTagger;
    /** The language stage's tone on every executor, or null when a user's pipeline scores tone. */
    private Broadcast<ToneClassifier> tone;

    private NlpPipeline(PipelineModel model, ToneScorer defaultTone, ToneModel toneModel) {
        this.model = model;
        this.defaultTone = defaultTone;
        this.toneModel = toneModel;
    }

    /**
     * Every Spark NLP model of a run, built here: the tone pipeline and the NER models that
     * {@code nerModel} asks for (see {@link NerChoice}; null for the bundled perceptron).
     */
    public static NlpPipeline build(SparkSession spark, String sentimentModel, Path lexicon, String nerModel) {
        NlpPipeline pipeline = build(spark, sentimentModel, lexicon);
        // model paths are Hadoop paths, opened with the session's settings (spark.hadoop.* included)
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        NerChoice choice = NerChoice.of(nerModel, conf);
        pipeline.ner = choice.pipeline() == null ? null : NerModels.load(spark, choice.pipeline());
        AveragedPerceptron weights = choice.perceptronWeights(conf);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        pipeline.entityTagger = weights == null ? null : context.broadcast(weights);
        pipeline.tone = pipeline.defaultTone == null ? null
                : context.broadcast(new ToneClassifier(pipeline.defaultTone, pipeline.toneModel));
        return pipeline;
    }

    /** The NER weights for {@code PerceptronEntityRecognizer} in the language stages; null for the rules. */
    public Broadcast<AveragedPerceptron> entityTagger() {
        return entityTagger;
    }

    /**
     * Tone for the language stage, which scores every statement and article where it finds them: the
     * trained model over Spark NLP's sentiment detector with the VADER lexicon, or the detector alone;
     * null when a pipeline given with --sentiment-model scores tone, in {@link #scoreTone}, over the tables.
     */
    public Broadcast<ToneClassifier> tone() {
        return tone;
    }

    /** Frees what the models hold on the executors, once the run no longer needs them. */
    public void release() {
        if (entityTagger != null) {
            entityTagger.destroy();
        }
        if (tone != null) {
            tone.destroy();
        }
    }

    /** The entities of {@code articles} (article_id, published_date, text) from the NER model, if one was given. */
    public java.util.Optional<Dataset<Row>> entities(Dataset<Row> articles) {
        return ner == null ? java.util.Optional.empty() : java.util.Optional.of(ner.entities(articles));
    }

    /**
     * @param sentimentModel null for the bundled tone model, {@value #LEXICON_ONLY} for the sentiment
     *                       detector alone, a tone model file ({@code whosaid train-tone}), or the path
     *                       of a saved PipelineModel to use instead
     * @param lexicon        a VADER-format lexicon file to use instead of the bundled one, or null
     */
    static NlpPipeline build(SparkSession spark, String sentimentModel, Path lexicon) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        ToneModel toneModel;
        if (sentimentModel == null || sentimentModel.isBlank()) {
            toneModel = ToneModel.bundled();
        } else if (sentimentModel.equals(LEXICON_ONLY)) {
            toneModel = null;
        } else if (ToneModel.isToneModel(sentimentModel, conf)) {
            toneModel = ToneModel.load(sentimentModel, conf);
        } else {
            requireExists(sentimentModel, conf);
            return new NlpPipeline(PipelineModel.load(sentimentModel), null, null);
        }
        Path dictionary;
        try {
            dictionary = Files.createTempFile("whosaid-sentiment-", ".txt");
            dictionary.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the sentiment dictionary", e);
        }
        new VaderDictionary(0.5).write(lexicon, dictionary);

        SentimentDetector sentiment = new SentimentDetector();
        sentiment.setInputCols(new String[] {"tone_token", "tone_document"});
        sentiment.setOutputCol("tone");
        sentiment.setEnableScore(true);
        sentiment.setDictionary(dictionary.toUri().toString(), ",", ReadAs.TEXT(), sentiment.setDictionary$default$4());

        StructType fitSchema = AnnotationColumns.outputSchema(new StructType(new StructField[] {
                DataTypes.createStructField("tone_text", DataTypes.StringType, true)}), "tone");
        Dataset<Row> fitData = spark.createDataFrame(java.util.List.of(), fitSchema);
        PipelineModel fitted = new Pipeline().setStages(new PipelineStage[] {sentiment}).fit(fitData);
        return new NlpPipeline(fitted, new ToneScorer((SentimentDetectorModel) fitted.stages()[0]), toneModel);
    }

    /**
     * Adds "sentiment" (-1..1) and "sentiment_label" for the text in {@code textColumn}. The
     * document and token annotations are built by whosaid's tokenizer (see {@link AnnotationColumns}).
     */
    public Dataset<Row> scoreTone(Dataset<Row> df, String textColumn) {
        Dataset<Row> withText = df.withColumn("tone_text", col(textColumn));
        AnnotationColumns columns = defaultTone == null ? AnnotationColumns.of(withText.schema(), "tone_text")
                : AnnotationColumns.keeping(withText.schema(), "tone_text", defaultTone.words());
        Dataset<Row> annotatedInput = withText.mapPartitions(columns,
                Encoders.row(AnnotationColumns.outputSchema(withText.schema(), "tone")));
        Dataset<Row> annotated = model.transform(AnnotationColumns.restoreMetadata(annotatedInput, "tone"));
        Column raw = coalesce(element_at(col("tone.result"), 1).cast("double"), lit(0.0));
        UserDefinedFunction normalized = udf((Double score, String text) -> ToneScorer.normalize(score, text), DataTypes.DoubleType);
        UserDefinedFunction label = udf((Double score) -> ToneScorer.label(score), DataTypes.StringType);
        return annotated
                .withColumn("sentiment", normalized.apply(raw, col("tone_text")))
                .withColumn("sentiment_label", label.apply(col("sentiment")))
                .drop("tone_text", "tone_document", "tone_token", "tone");
    }

    private static void requireExists(String sentimentModel, Configuration conf) {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(sentimentModel);
            if (!path.getFileSystem(conf).exists(path)) {
                throw new IllegalArgumentException("--sentiment-model: neither '" + LEXICON_ONLY + "' nor an existing tone model file "
                        + "or saved PipelineModel folder: " + sentimentModel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sentimentModel, e);
        }
    }
}
