package io.whosaid.annotate;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trained tone model: its features, probabilities and file. */
class ToneModelTest {
    private static final float[] NONE = {0f, 0f, 0f};

    private static ToneModel model() {
        return new ToneModel(new float[] {0f, 0.5f, 0f},
                new float[][] {{-2f, 0f, 2f}, NONE, NONE},
                Map.of("w:good", new float[] {-1f, 0f, 2f},
                        "w:bad", new float[] {2f, 0f, -1f},
                        "b:not good", new float[] {3f, 0f, -3f}));
    }

    @Test
    void featuresAreEachWordAndEachPairOfNeighboursOnce() {
        assertEquals(List.of("w:not", "w:good", "b:not good", "w:.", "b:good ."),
                List.copyOf(ToneModel.features(List.of("not", "good", "."))));
        assertEquals(List.of("w:very", "b:very very"), List.copyOf(ToneModel.features(List.of("very", "very"))));
    }

    @Test
    void wordsPairsAndTheLexiconMoveTheProbabilities() {
        ToneModel model = model();
        double[] plain = model.probabilities(List.of("the", "talks"), 0.0);
        assertEquals(1.0, plain[0] + plain[1] + plain[2], 1e-12);
        assertTrue(plain[1] > plain[0] && plain[1] > plain[2], "no evidence: the neutral bias wins");
        double[] good = model.probabilities(List.of("good", "talks"), 0.0);
        assertTrue(good[2] > 0.7, "a positive word: " + good[2]);
        double[] notGood = model.probabilities(List.of("not", "good", "talks"), 0.0);
        assertTrue(notGood[0] > notGood[2], "the pair outweighs the word: " + List.of(notGood[0], notGood[2]));
        double[] lexiconNegative = model.probabilities(List.of("the", "talks"), -0.9);
        assertTrue(lexiconNegative[0] > lexiconNegative[2] && lexiconNegative[0] > plain[0], "the lexicon's score counts");
    }

    @Test
    void aWrittenModelReadsBackTheSameAndWritesTheSameBytes() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        model().write(first);
        ToneModel read = ToneModel.read(new ByteArrayInputStream(first.toByteArray()));
        assertEquals(3, read.size());
        for (List<String> words : List.of(List.of("good"), List.of("not", "good"), List.of("bad", "day"))) {
            assertArrayEquals(model().probabilities(words, 0.3), read.probabilities(words, 0.3), 1e-7);
        }
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        read.write(second);
        assertArrayEquals(first.toByteArray(), second.toByteArray());
    }

    @Test
    void aBrokenFileSaysWhatIsWrongAndWhere() {
        IOException header = assertThrows(IOException.class, () -> ToneModel.read(gzip("whosaid-perceptron-ner 1\n")));
        assertTrue(header.getMessage().contains("not a whosaid tone model"), header.getMessage());
        IOException weights = assertThrows(IOException.class, () -> ToneModel.read(gzip(
                "whosaid-tone-model 1\nbias\t0\t0\t0\nfeature\tw:good\t1\t2\n")));
        assertTrue(weights.getMessage().contains("line 3") && weights.getMessage().contains("expected 3 weights"), weights.getMessage());
        IOException lexicon = assertThrows(IOException.class, () -> ToneModel.read(gzip("whosaid-tone-model 1\nbias\t0\t0\t0\n")));
        assertTrue(lexicon.getMessage().contains("lexicon feature 'score'"), lexicon.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ToneModel(new float[] {0f, 0f}, new float[][] {NONE, NONE, NONE}, Map.of()));
    }

    @Test
    void theBundledModelIsOnTheClassPath() {
        ToneModel bundled = ToneModel.bundled();
        assertTrue(bundled.size() > 5_000, "features: " + bundled.size());
        double[] p = bundled.probabilities(List.of("the", "senator", "said", "."), 0.0);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
    }

    private static ByteArrayInputStream gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
