package io.whosaid.annotate;

import com.johnsnowlabs.nlp.annotators.common.IndexedToken;
import com.johnsnowlabs.nlp.annotators.common.TaggedSentence;
import com.johnsnowlabs.nlp.annotators.common.TokenizedSentence;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.AveragedPerceptron;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronPredictionUtils;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronUtils;
import io.whosaid.lexicon.Lexicons;
import io.whosaid.text.Sentence;
import io.whosaid.text.SentenceSplitter;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Predef;
import scala.collection.JavaConverters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default NER: the bundled perceptron model, its file format and its IOB decoding. */
class PerceptronNerTest {
    private static final EntityRecognizer BUNDLED = new PerceptronEntityRecognizer(PerceptronNerModels.bundled(), Lexicons.bundled().titles());

    private static List<String> entities(String text) {
        List<Sentence> sentences = new SentenceSplitter().split(text);
        return BUNDLED.recognize(text, sentences).stream().map(m -> m.type() + ":" + m.text()).toList();
    }

    @Test
    void theBundledModelFindsPersonsPlacesOrganisationsAndNationalities() {
        List<String> found = entities("Russian President Vladimir Putin met German Chancellor Olaf Scholz in Moscow on Monday, "
                + "the Kremlin said.");
        assertTrue(found.contains("PERSON:Vladimir Putin"), found.toString());
        assertTrue(found.contains("PERSON:Olaf Scholz"), found.toString());
        assertTrue(found.contains("LOC:Moscow"), found.toString());
        assertTrue(found.contains("MISC:Russian"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.contains("Monday")), "a weekday is no entity: " + found);
        assertFalse(found.stream().anyMatch(e -> e.contains("Chancellor")), "a title is no part of a name: " + found);
    }

    @Test
    void theFastTaggerGivesSparkNlpsOwnTagsOnEverySampleSentence() throws IOException {
        AveragedPerceptron model = PerceptronNerModels.bundled();
        PerceptronTagger fast = new PerceptronTagger(model);
        SparkNlpTagging sparkNlp = new SparkNlpTagging();
        int tokens = 0;
        for (String line : Files.readAllLines(Path.of("data/sample/wire.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            String text = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).path("text").asText();
            List<String[]> words = new java.util.ArrayList<>();
            List<TokenizedSentence> batch = new java.util.ArrayList<>();
            for (Sentence sentence : new SentenceSplitter().split(text)) {
                if (sentence.tokens().isEmpty()) {
                    continue;
                }
                String[] forms = sentence.tokens().stream().map(t -> PerceptronEntityRecognizer.trainingForm(t.text())).toArray(String[]::new);
                IndexedToken[] indexed = new IndexedToken[forms.length];
                for (int i = 0; i < forms.length; i++) {
                    indexed[i] = new IndexedToken(forms[i], i, i);
                }
                words.add(forms);
                batch.add(new TokenizedSentence(indexed, batch.size()));
                tokens += forms.length;
            }
            // a whole article at once: the tag history runs on across sentences
            TaggedSentence[] expected = sparkNlp.tag(model, batch.toArray(new TokenizedSentence[0]));
            String[][] actual = fast.tag(words);
            assertEquals(expected.length, actual.length);
            for (int i = 0; i < actual.length; i++) {
                assertEquals(List.of(expected[i].tags()), List.of(actual[i]), String.join(" ", words.get(i)));
            }
        }
        assertTrue(tokens > 1000, "the sample has enough text to compare: " + tokens);
    }

    /** Spark NLP's PerceptronModel tagging code itself, mixed in (PerceptronModel's constructor wants a SparkSession). */
    private static final class SparkNlpTagging implements PerceptronPredictionUtils {
        private String[] start;
        private String[] end;

        SparkNlpTagging() {
            PerceptronUtils.$init$(this);
        }

        @Override
        public void com$johnsnowlabs$nlp$annotators$pos$perceptron$PerceptronUtils$_setter_$START_$eq(String[] value) {
            start = value;
        }

        @Override
        public void com$johnsnowlabs$nlp$annotators$pos$perceptron$PerceptronUtils$_setter_$END_$eq(String[] value) {
            end = value;
        }

        @Override
        public String[] START() {
            return start;
        }

        @Override
        public String[] END() {
            return end;
        }
    }

    @Test
    void curlyApostrophesAreReadLikeTheStraightOnesOfTheTrainingText() {
        assertEquals(entities("Britain's Foreign Office said Boris Johnson would fly to Paris."),
                entities("Britain\u2019s Foreign Office said Boris Johnson would fly to Paris."));
    }

    @Test
    void iobTagsBecomeMentionsWithOffsetsIntoTheText() {
        String text = "Ines Corbett of Talland Harbour Board spoke.";
        Sentence sentence = new SentenceSplitter().split(text).get(0);
        List<EntityMention> out = new java.util.ArrayList<>();
        // I- after O opens a mention (IOB1), a B- right after one of the same type opens a new one
        PerceptronEntityRecognizer.addMentions(text, sentence,
                new String[] {"B-PER", "I-PER", "O", "I-ORG", "B-ORG", "I-ORG", "O", "O"}, Lexicons.bundled().titles(), out);
        assertEquals(List.of("PERSON:Ines Corbett", "ORG:Talland", "ORG:Harbour Board"),
                out.stream().map(m -> m.type() + ":" + m.text()).toList());
        assertEquals(text.indexOf("Harbour"), out.get(2).span().begin());
        assertEquals(text.indexOf(" spoke"), out.get(2).span().end());
    }

    @Test
    void aModelFileReadsBackWithTheSameTagging() throws IOException {
        AveragedPerceptron model = new AveragedPerceptron(new String[] {"O", "B-PER"},
                scala(Map.of("the", "O")),
                scala(Map.of("i word qarnavik", scala(Map.<String, Object>of("B-PER", 2.5, "O", -1.0)),
                        "bias", scala(Map.<String, Object>of("O", 0.5)))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PerceptronNerModels.write(model, bytes);
        AveragedPerceptron back = PerceptronNerModels.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(List.of("O", "B-PER"), List.of(back.getTags()));
        assertEquals("O", back.getTaggedBook().apply("the"));
        assertEquals(2.5, ((Number) back.getWeights().apply("i word qarnavik").apply("B-PER")).doubleValue());
        String text = "Qarnavik spoke.";
        List<EntityMention> found = new PerceptronEntityRecognizer(back, Lexicons.bundled().titles()).recognize(text, new SentenceSplitter().split(text));
        assertEquals("PERSON:Qarnavik", found.get(0).type() + ":" + found.get(0).text());
    }

    @Test
    void aFileOfAnotherFormatIsRefusedWithItsFirstLine(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("not-a-model.txt.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("hello\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(PerceptronNerModels.isPerceptron(file.toString(), new Configuration()), "a file is taken for a perceptron model");
        Exception e = assertThrows(RuntimeException.class, () -> PerceptronNerModels.load(file.toString(), new Configuration()));
        assertTrue(String.valueOf(e.getMessage()).contains("'hello'") || String.valueOf(e.getCause()).contains("'hello'"), e.toString());
    }

    @Test
    void theNerOptionChoosesBetweenTheBundledModelAFileTheRulesAndAPipeline(@TempDir Path tmp) throws IOException {
        assertEquals(new NerChoice(false, null, null), NerChoice.of(null, new Configuration()));
        assertEquals(new NerChoice(true, null, null), NerChoice.of("rules", new Configuration()));
        assertEquals(new NerChoice(false, null, "pretrained:ner_dl"), NerChoice.of("pretrained:ner_dl", new Configuration()));
        Path file = tmp.resolve("ner.txt.gz");
        Files.write(file, new byte[] {1});
        assertEquals(new NerChoice(false, file.toString(), null), NerChoice.of(file.toString(), new Configuration()));
        Path pipeline = Files.createDirectories(tmp.resolve("pipeline/metadata"));
        Files.writeString(pipeline.resolve("part-00000"), "{\"class\":\"org.apache.spark.ml.PipelineModel\"}");
        assertEquals(new NerChoice(false, null, tmp.resolve("pipeline").toString()), NerChoice.of(tmp.resolve("pipeline").toString(), new Configuration()));
        assertTrue(NerChoice.of("rules", new Configuration()).perceptronWeights(new Configuration()) == null);
    }

    private static <V> scala.collection.immutable.Map<String, V> scala(Map<String, V> map) {
        return JavaConverters.mapAsScalaMapConverter(map).asScala().toMap(Predef.$conforms());
    }
}
