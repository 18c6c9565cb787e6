package io.whosaid.annotate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tone in the language stage: Spark NLP's sentiment detector, with the scores its DataFrame transform gives, and the trained model over it. */
class ToneScorerTest {
    private static SparkSession spark;
    private static NlpPipeline pipeline;
    private static ToneScorer tone;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").getOrCreate();
        pipeline = NlpPipeline.build(spark, null, null, null);
        assertNotNull(pipeline.tone(), "the default tone model is scored in the language stage");
        tone = pipeline.tone().value().lexicon();
    }

    @AfterAll
    static void stop() {
        pipeline.release();
    }

    @Test
    void givesTheScoresOfSparkNlpsTransformOnEveryParagraphOfTheSample() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "   ", "The talks were not good at all.", "The talks were good.",
                "It was a very, very bad day, he said, and nobody was happy.", "Hardly a success; no deal, no hope."));
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("data/sample/wire.jsonl"))) {
            if (!line.isBlank()) {
                String text = json.readTree(line).path("text").asText("");
                texts.add(text);
                texts.addAll(List.of(text.split("\n\n")));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(RowFactory.create(i, texts.get(i)));
        }
        StructType schema = new StructType(new StructField[] {
                DataTypes.createStructField("id", DataTypes.IntegerType, false),
                DataTypes.createStructField("text", DataTypes.StringType, true)});
        Dataset<Row> scored = pipeline.scoreTone(spark.createDataFrame(rows, schema), "text");
        Map<Integer, Row> byId = new HashMap<>();
        for (Row r : scored.collectAsList()) {
            byId.put(r.getInt(0), r);
        }
        int nonZero = 0;
        for (int i = 0; i < texts.size(); i++) {
            double inStage = tone.score(texts.get(i));
            Row transformed = byId.get(i);
            assertEquals(transformed.getDouble(transformed.fieldIndex("sentiment")), inStage, 1e-12, texts.get(i));
            assertEquals(transformed.getString(transformed.fieldIndex("sentiment_label")), ToneScorer.label(inStage));
            nonZero += inStage != 0 ? 1 : 0;
        }
        assertTrue(nonZero > texts.size() / 3, "many sample texts carry some tone: " + nonZero + " of " + texts.size());
    }

    @Test
    void negativeWordsScoreBelowZeroAndNegationTurnsThemAround() {
        assertTrue(tone.score("Three people were killed and dozens injured in the attack.") < -0.05);
        assertTrue(tone.score("The agreement is a great success, a wonderful day.") > 0.05);
        assertTrue(tone.score("The talks were good.") > 0 && tone.score("The talks were not good.") < 0);
        assertEquals(0.0, tone.score(null));
        assertEquals("neutral", ToneScorer.label(0.01));
        assertEquals("negative", ToneScorer.label(-0.3));
    }

    @Test
    void aLongTextNeedsMoreToneForTheSameScore() {
        assertEquals(0.5, ToneScorer.normalize(2.0 / Math.sqrt(3.0), "a short text"), 1e-12);
        String longText = "word ".repeat(100).strip();
        assertTrue(Math.abs(ToneScorer.normalize(2.0, longText)) < Math.abs(ToneScorer.normalize(2.0, "a short text")));
    }

    @Test
    void refusesToScoreWithoutAModel() {
        assertThrows(IllegalArgumentException.class, () -> new ToneScorer(null));
    }

    @Test
    void wordCountMatchesSparksRegexSplit() {
        // the length normalisation counts words as size(split(text, "\\s+")) does in SQL
        for (String text : List.of("", " ", "one", "  two  words ", "a\tb\nc\u000Bd\fe\r\nf",
                "\u00A0non-breaking\u00A0space", "trailing\n\n", "\u2003em space")) {
            assertEquals(text.split("\\s+", -1).length, ToneScorer.wordCount(text), "words in [" + text + "]");
        }
        assertEquals(1, ToneScorer.wordCount(null));
    }

    @Test
    void theDefaultToneIsTheTrainedModelsMeanOverTheSentences() {
        ToneClassifier classifier = pipeline.tone().value();
        assertTrue(classifier.hasModel(), "the bundled model is the default");
        String first = "The senator accused the president of lying to the American people.";
        String second = "Supporters praised the agreement as a historic success.";
        Tone negative = classifier.tone(first);
        Tone positive = classifier.tone(second);
        assertEquals("negative", negative.label(), negative::toString);
        assertTrue(negative.sentiment() < 0, negative::toString);
        assertEquals("positive", positive.label(), positive::toString);
        assertTrue(positive.sentiment() > 0, positive::toString);
        Tone both = classifier.tone(first + " " + second);
        assertEquals((negative.sentiment() + positive.sentiment()) / 2, both.sentiment(), 1e-12);
        assertEquals("neutral", classifier.tone("The committee will meet on Tuesday to discuss the budget.").label());
        assertEquals(Tone.NEUTRAL, classifier.tone("  "));
        assertEquals(Tone.NEUTRAL, classifier.tone(null));
    }

    @Test
    void theLexiconAloneGivesTheDetectorsScoreAndALabelFromItsSign() {
        NlpPipeline lexiconOnly = NlpPipeline.build(spark, NlpPipeline.LEXICON_ONLY, null, "rules");
        try {
            ToneClassifier classifier = lexiconOnly.tone().value();
            assertFalse(classifier.hasModel(), "the detector alone");
            for (String text : List.of("The talks were not good at all.", "The agreement is a great success.", "They met on Monday.")) {
                Tone t = classifier.tone(text);
                assertEquals(tone.score(text), t.sentiment(), 1e-12, text);
                assertEquals(ToneScorer.label(tone.score(text)), t.label(), text);
            }
        } finally {
            lexiconOnly.release();
        }
    }

    @Test
    void aSentimentModelThatIsNotThereIsNamedInTheError(@org.junit.jupiter.api.io.TempDir Path tmp) {
        String missing = tmp.resolve("no-such-model").toString();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NlpPipeline.build(spark, missing, null, "rules"));
        assertTrue(e.getMessage().contains("--sentiment-model") && e.getMessage().contains(missing), e.getMessage());
    }

    @Test
    void modelPathsAreOpenedWithTheSessionsHadoopSettings(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path toneFile = tmp.resolve("tone.txt.gz");
        Path nerFile = tmp.resolve("ner.txt.gz");
        try (var in = ToneModel.class.getResourceAsStream(ToneModel.BUNDLED)) {
            Files.copy(in, toneFile);
        }
        try (var in = PerceptronNerModels.class.getResourceAsStream(PerceptronNerModels.BUNDLED)) {
            Files.copy(in, nerFile);
        }
        // a file system that only the session's settings name, as s3a:// credentials given with --conf spark.hadoop.*
        org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
        conf.set("fs." + SessionOnlyFileSystem.SCHEME + ".impl", SessionOnlyFileSystem.class.getName());
        conf.setBoolean("fs." + SessionOnlyFileSystem.SCHEME + ".impl.disable.cache", true);
        String toneUri = SessionOnlyFileSystem.SCHEME + "://" + toneFile.toAbsolutePath();
        String nerUri = SessionOnlyFileSystem.SCHEME + "://" + nerFile.toAbsolutePath();
        try {
            assertThrows(RuntimeException.class, () -> ToneModel.isToneModel(toneUri, new org.apache.hadoop.conf.Configuration()),
                    "Hadoop's default settings do not know the scheme");
            NlpPipeline fromPaths = NlpPipeline.build(spark, toneUri, null, nerUri);
            try {
                assertTrue(fromPaths.tone().value().hasModel(), "the tone model file was read");
                assertNotNull(fromPaths.entityTagger(), "the NER model file was read");
                assertEquals(PerceptronNerModels.bundled().getTags().length, fromPaths.entityTagger().value().getTags().length);
                String text = "The talks were not good at all, the minister said.";
                assertEquals(pipeline.tone().value().tone(text), fromPaths.tone().value().tone(text), "the same model as the bundled one");
            } finally {
                fromPaths.release();
            }
        } finally {
            conf.unset("fs." + SessionOnlyFileSystem.SCHEME + ".impl");
            conf.unset("fs." + SessionOnlyFileSystem.SCHEME + ".impl.disable.cache");
        }
    }

    /** The local file system under a scheme of its own. */
    public static final class SessionOnlyFileSystem extends org.apache.hadoop.fs.RawLocalFileSystem {
        static final String SCHEME = "whosaidsession";

        @Override
        public java.net.URI getUri() {
            return java.net.URI.create(SCHEME + ":///");
        }

        @Override
        public String getScheme() {
            return SCHEME;
        }
    }
}
