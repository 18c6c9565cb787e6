package io.whosaid.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the tone whosaid gives each gold sentence (its article's {@code sentiment_label}) against
 * the gold label of every target of the sentence, as the project's {@code score_sentiment.py} does:
 * a sentence with two targets counts twice, a missing prediction counts as wrong.
 */
public final class SentimentScorer {
    private SentimentScorer() {}

    /** @param predicted article id → the predicted label (negative, neutral or positive) */
    public static SentimentScore score(List<GoldSentiment> gold, Map<String, String> predicted) {
        Map<String, Map<String, Integer>> confusion = new HashMap<>();
        for (GoldSentiment g : gold) {
            String label = predicted.get(g.id());
            String column = label != null && SentimentScore.LABELS.contains(label) ? label : SentimentScore.MISSING;
            confusion.computeIfAbsent(g.polarity(), k -> new HashMap<>()).merge(column, 1, Integer::sum);
        }
        return new SentimentScore(confusion);
    }
}
