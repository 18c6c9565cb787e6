package io.whosaid.eval;

/**
 * One gold example of the sentiment gold (NewsMTSC): the label of a sentence towards one target,
 * compared with the tone whosaid gives the whole sentence.
 *
 * @param id       the example's id, which is the article id of its sentence in the pipeline input
 * @param polarity negative, neutral or positive
 */
public record GoldSentiment(String id, String polarity) {
    public GoldSentiment {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a sentiment gold example needs an id");
        }
        if (!SentimentScore.LABELS.contains(polarity)) {
            throw new IllegalArgumentException("example " + id + ": polarity must be one of " + SentimentScore.LABELS + ", was '" + polarity + "'");
        }
    }
}
