package io.whosaid.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sentiment scorer: every target counts, a missing prediction is wrong, macro-F1 over the three classes. */
class SentimentScorerTest {
    @Test
    void everyTargetCountsAndAMissingPredictionIsWrong() {
        List<GoldSentiment> gold = List.of(
                new GoldSentiment("s1-t0", "negative"), new GoldSentiment("s1-t1", "negative"),
                new GoldSentiment("s2-t0", "neutral"), new GoldSentiment("s3-t0", "positive"),
                new GoldSentiment("s4-t0", "positive"));
        Map<String, String> predicted = Map.of("s1-t0", "negative", "s1-t1", "negative", "s2-t0", "positive", "s3-t0", "positive");
        SentimentScore score = SentimentScorer.score(gold, predicted);
        assertEquals(5, score.examples());
        assertEquals(1, score.missing());
        assertEquals(3.0 / 5, score.accuracy(), 1e-12);
        // negative: P 1, R 1; neutral: nothing right; positive: P 1/2, R 1/2
        assertEquals(1.0, score.of("negative").f1(), 1e-12);
        assertEquals(0.0, score.of("neutral").f1(), 1e-12);
        assertEquals(0.5, score.of("positive").f1(), 1e-12);
        assertEquals(1.5 / 3, score.macroF1(), 1e-12);
        assertTrue(score.report().endsWith("sentiment_f1m=0.500 accuracy=0.600"), score.report());
    }

    @Test
    void readsTheGoldAndKnowsItsKind(@TempDir Path tmp) throws IOException {
        Path gold = tmp.resolve("dev.jsonl");
        Files.writeString(gold, """
                {"id": "s1-t0", "text": "Winner met the press.", "target": {"begin": 0, "end": 6, "text": "Winner"}, "polarity": "neutral"}
                {"id": "s2-t0", "text": "Critics slammed Winner.", "target": {"begin": 16, "end": 22, "text": "Winner"}, "polarity": "negative"}
                """);
        assertEquals("sentiment", GoldFiles.kindOf(gold));
        assertEquals(List.of(new GoldSentiment("s1-t0", "neutral"), new GoldSentiment("s2-t0", "negative")),
                GoldFiles.readSentimentGold(gold));
        Files.writeString(gold, "{\"id\": \"s1-t0\", \"text\": \"A.\", \"polarity\": \"mixed\"}\n");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> GoldFiles.readSentimentGold(gold));
        assertTrue(bad.getMessage().contains("'mixed'"), bad.getMessage());
    }
}
