package io.whosaid;

import com.johnsnowlabs.nlp.annotators.sda.pragmatic.SentimentDetector;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import io.whosaid.annotate.AnnotationColumns;
import io.whosaid.cli.Main;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --sentiment-model: a saved Spark NLP pipeline scores the tone of statements and articles instead of the default. */
class SentimentModelEndToEndTest {
    @Test
    void aSavedSentimentPipelineScoresStatementsAndArticles(@TempDir Path tmp) throws Exception {
        // a user's model that finds talks negative, which the default lexicon does not
        Path dictionary = tmp.resolve("dictionary.txt");
        Files.writeString(dictionary, "talks,negative\n");
        SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").getOrCreate();
        SentimentDetector sentiment = new SentimentDetector();
        sentiment.setInputCols(new String[] {"tone_token", "tone_document"});
        sentiment.setOutputCol("tone");
        sentiment.setEnableScore(true);
        sentiment.setDictionary(dictionary.toUri().toString(), ",", ReadAs.TEXT(), sentiment.setDictionary$default$4());
        StructType schema = AnnotationColumns.outputSchema(new StructType(new StructField[] {
                DataTypes.createStructField("tone_text", DataTypes.StringType, true)}), "tone");
        PipelineModel model = new Pipeline().setStages(new PipelineStage[] {sentiment}).fit(spark.createDataFrame(List.of(), schema));
        Path modelDir = tmp.resolve("tone-model");
        model.write().save(modelDir.toString());

        Path input = tmp.resolve("in.jsonl");
        Files.writeString(input, "{\"id\":\"t1\",\"published_at\":\"2025-03-12\",\"text\":\"Ana Costa flew to Lisbon on Monday. "
                + "\\\"The talks went on for hours,\\\" Ana Costa said.\"}\n");
        Path defaultOut = tmp.resolve("default");
        Path modelOut = tmp.resolve("model");
        assertEquals(0, SparkRuns.run(input, defaultOut, "--sentiment-model", "lexicon"));
        assertEquals(0, SparkRuns.run(input, modelOut, "--sentiment-model", modelDir.toString()));

        try (DuckDb byDefault = new DuckDb(defaultOut); DuckDb byModel = new DuckDb(modelOut)) {
            Map<String, Object> statement = byModel.rows("SELECT content, sentiment, sentiment_label FROM {statements}").get(0);
            assertTrue(((Number) statement.get("sentiment")).doubleValue() < 0, statement::toString);
            assertEquals("negative", statement.get("sentiment_label"));
            assertTrue(((Number) byModel.value("SELECT sentiment FROM {articles}")).doubleValue() < 0);
            assertEquals(0.0, ((Number) byDefault.value("SELECT sentiment FROM {statements}")).doubleValue(), 1e-12,
                    "the VADER lexicon has no tone for this quote");
            // the same columns in the same order, whichever model scored the tone
            assertEquals(columns(byDefault), columns(byModel));
        }
    }

    private static List<Object> columns(DuckDb db) throws Exception {
        return db.rows("DESCRIBE SELECT * FROM {statements}").stream().map(r -> r.get("column_name")).toList();
    }

    @Test
    void aToneModelTrainedWithTrainToneScoresByDefaultsPlace(@TempDir Path tmp) throws Exception {
        // labelled sentences that teach a model that talks are bad news and visits good news
        StringBuilder data = new StringBuilder();
        for (String who : List.of("The ministers", "The unions", "Both sides", "The envoys", "The parties")) {
            data.append("{\"text\": \"").append(who).append(" held talks for hours.\", \"polarity\": \"negative\"}\n");
            data.append("{\"text\": \"").append(who).append(" made a visit to the city.\", \"polarity\": \"positive\"}\n");
            data.append("{\"text\": \"").append(who).append(" arrived on Monday.\", \"polarity\": \"neutral\"}\n");
        }
        Path training = tmp.resolve("tone-train.jsonl");
        Files.writeString(training, data);
        Path model = tmp.resolve("tone.txt.gz");
        assertEquals(0, Main.execute(new String[] {"train-tone", "--data", training.toString(), "--output", model.toString(),
                "--master", "local[2]", "--min-count", "2"}));
        assertTrue(Files.size(model) > 0);

        Path input = tmp.resolve("in.jsonl");
        Files.writeString(input, "{\"id\":\"t1\",\"published_at\":\"2025-03-12\",\"text\":\"Ana Costa flew to Lisbon on Monday. "
                + "\\\"The talks went on for hours,\\\" Ana Costa said.\"}\n");
        Path trainedOut = tmp.resolve("trained");
        Path defaultOut = tmp.resolve("default");
        assertEquals(0, SparkRuns.run(input, trainedOut, "--sentiment-model", model.toString()));
        assertEquals(0, SparkRuns.run(input, defaultOut));
        try (DuckDb trained = new DuckDb(trainedOut); DuckDb byDefault = new DuckDb(defaultOut)) {
            Map<String, Object> statement = trained.rows("SELECT sentiment, sentiment_label FROM {statements}").get(0);
            assertEquals("negative", statement.get("sentiment_label"), statement::toString);
            assertTrue(((Number) statement.get("sentiment")).doubleValue() < 0, statement::toString);
            // the articles table has the label too, and it agrees with the score's sign
            for (DuckDb db : List.of(trained, byDefault)) {
                Map<String, Object> article = db.rows("SELECT sentiment, sentiment_label FROM {articles}").get(0);
                double sentiment = ((Number) article.get("sentiment")).doubleValue();
                String label = (String) article.get("sentiment_label");
                assertTrue(List.of("negative", "neutral", "positive").contains(label), article::toString);
                assertTrue(!label.equals("negative") || sentiment <= 0, article::toString);
                assertTrue(!label.equals("positive") || sentiment >= 0, article::toString);
            }
            assertEquals(columns(byDefault), columns(trained));
        }
    }
}
