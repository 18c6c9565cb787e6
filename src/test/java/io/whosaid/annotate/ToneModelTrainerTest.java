package io.whosaid.annotate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training the tone model: it learns its examples' words, the same data gives the same model, bad data is refused. */
class ToneModelTrainerTest {
    private static final List<String> SUBJECTS = List.of("the senator", "the minister", "the union", "the mayor", "the company");

    /** Sentences whose class only their verb tells: praised / attacked / met. */
    private static List<ToneModelTrainer.Example> examples() {
        List<ToneModelTrainer.Example> examples = new ArrayList<>();
        String[][] verbs = {{"attacked", "negative"}, {"condemned", "negative"}, {"met", "neutral"}, {"visited", "neutral"},
                {"praised", "positive"}, {"welcomed", "positive"}};
        // every sentence twice, so that each of its words and pairs is seen in two examples
        for (String subject : SUBJECTS) {
            for (String[] verb : verbs) {
                String once = subject + " " + verb[0] + " the plan on monday .";
                examples.add(new ToneModelTrainer.Example(Arrays.asList(once.split(" ")), 0.0, verb[1]));
                String sentence = subject + " " + verb[0] + " the plan on monday .";
                examples.add(new ToneModelTrainer.Example(Arrays.asList(sentence.split(" ")), 0.0, verb[1]));
            }
        }
        return examples;
    }

    private static ToneModel train(List<ToneModelTrainer.Example> examples) {
        return new ToneModelTrainer(2, 200, 1e-4, 0.5, 0.0).train(examples, m -> { });
    }

    private static String predicted(ToneModel model, String sentence) {
        double[] p = model.probabilities(Arrays.asList(sentence.split(" ")), 0.0);
        return ToneModel.LABELS.get(ToneModel.argmax(p));
    }

    @Test
    void learnsTheWordsThatCarryTheClass() {
        ToneModel model = train(examples());
        // a subject the training data never had
        assertEquals("negative", predicted(model, "the governor condemned the plan ."));
        assertEquals("positive", predicted(model, "the governor welcomed the plan ."));
        assertEquals("neutral", predicted(model, "the governor visited the plan ."));
    }

    @Test
    void theSameDataGivesTheSameModel() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        train(examples()).write(first);
        train(examples()).write(second);
        assertArrayEquals(first.toByteArray(), second.toByteArray());
    }

    @Test
    void rareWordsAreNoFeatures() {
        List<ToneModelTrainer.Example> examples = new ArrayList<>(examples());
        examples.add(new ToneModelTrainer.Example(List.of("unheard", "of"), 0.0, "positive"));
        ToneModel model = new ToneModelTrainer(2, 10, 1e-4, 0.5, 0.0).train(examples, m -> { });
        ToneModel withRare = new ToneModelTrainer(1, 10, 1e-4, 0.5, 0.0).train(examples, m -> { });
        assertEquals(3, withRare.size() - model.size(), "'unheard', 'of' and their pair are features only from one example on");
    }

    @Test
    void refusesNoExamplesAndBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> train(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ToneModelTrainer(0, 10, 0, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new ToneModelTrainer(1, 0, 0, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new ToneModelTrainer(1, 10, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ToneModelTrainer.Example(List.of("a"), 0.0, "mixed"));
    }

    @Test
    void readsNewsMtscStyleLinesAndNamesTheLineOfABadOne(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("train.jsonl");
        Files.writeString(data, """
                {"text": "The senator praised the plan.", "polarity": "positive"}

                {"text": "The senator attacked the plan.", "label": "Negative"}
                """);
        List<ToneModelTrainer.Example> read = ToneTrainingData.read(data, text -> text.contains("praised") ? 0.5 : 0.0);
        assertEquals(2, read.size());
        assertEquals(List.of("the", "senator", "praised", "the", "plan", "."), read.get(0).words());
        assertEquals(0.5, read.get(0).lexiconScore());
        assertEquals("negative", read.get(1).label());

        Files.writeString(data, "{\"text\": \"Fine.\", \"polarity\": \"positive\"}\n{\"text\": \"Odd.\", \"polarity\": \"mixed\"}\n");
        IOException bad = assertThrows(IOException.class, () -> ToneTrainingData.read(data, text -> 0.0));
        assertTrue(bad.getMessage().contains("line 2") && bad.getMessage().contains("'mixed'"), bad.getMessage());
    }
}
