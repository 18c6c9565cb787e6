package io.whosaid.annotate;

import io.whosaid.text.Sentence;
import io.whosaid.text.SentenceSplitter;
import io.whosaid.text.Token;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The tone of a statement or an article in the language stage. With a trained {@link ToneModel}
 * (the default), each sentence gets the model's probabilities of negative, neutral and positive,
 * given its words and the lexicon's score of it; a text's tone is their mean over its sentences: the
 * sentiment is P(positive) - P(negative), the label the likeliest class. Without a model, the tone is
 * the lexicon's score ({@link ToneScorer}) and a label from its sign.
 */
public final class ToneClassifier implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Stateless, so one serves every call. */
    private static final SentenceSplitter SENTENCES = new SentenceSplitter();
    private final ToneScorer lexicon;
    private final ToneModel model;

    /**
     * @param lexicon Spark NLP's sentiment detector with its lexicon
     * @param model   the trained model, or null for the lexicon alone
     */
    public ToneClassifier(ToneScorer lexicon, ToneModel model) {
        if (lexicon == null) {
            throw new IllegalArgumentException("the tone classifier needs the lexicon scorer, was null");
        }
        this.lexicon = lexicon;
        this.model = model;
    }

    /** The lexicon scorer alone, as the model-less default scores. */
    public ToneScorer lexicon() {
        return lexicon;
    }

    /** Whether a trained model gives the tone (rather than the lexicon alone). */
    public boolean hasModel() {
        return model != null;
    }

    /** The tone of {@code text} (null counts as empty). */
    public Tone tone(String text) {
        if (model == null) {
            double score = lexicon.score(text);
            return new Tone(score, ToneScorer.label(score));
        }
        if (text == null || text.isBlank()) {
            return Tone.NEUTRAL;
        }
        List<Sentence> sentences = SENTENCES.split(text);
        if (sentences.isEmpty()) {
            return Tone.NEUTRAL;
        }
        double[] sum = new double[ToneModel.CLASSES];
        for (Sentence sentence : sentences) {
            List<String> words = new ArrayList<>(sentence.tokens().size());
            for (Token t : sentence.tokens()) {
                words.add(t.lower());
            }
            double[] p = model.probabilities(words, lexicon.score(sentence.text(text)));
            for (int c = 0; c < sum.length; c++) {
                sum[c] += p[c];
            }
        }
        int best = ToneModel.argmax(sum);
        double sentiment = (sum[2] - sum[0]) / sentences.size();
        return new Tone(Math.max(-1.0, Math.min(1.0, sentiment)), ToneModel.LABELS.get(best));
    }
}
