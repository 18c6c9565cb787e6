package io.whosaid.annotate;

import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.annotators.common.TokenizedSentence;
import com.johnsnowlabs.nlp.annotators.common.TokenizedWithSentence$;
import com.johnsnowlabs.nlp.annotators.sda.pragmatic.PragmaticScorer;
import com.johnsnowlabs.nlp.annotators.sda.pragmatic.SentimentDetectorModel;
import io.whosaid.text.Token;
import io.whosaid.text.Tokenizer;
import scala.collection.JavaConverters;
import scala.reflect.ClassTag$;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tone of a text from Spark NLP's sentiment detector, scored where the text is: a fitted
 * {@code SentimentDetectorModel}'s scorer ({@code PragmaticScorer}) and parameters, over the same
 * document and token annotations that {@link AnnotationColumns} gives the model in a DataFrame, so
 * that the language stage scores each statement and article without a second and third pass of every
 * text through Spark NLP's annotation rows. The raw score is normalised to -1..1 as VADER does
 * ({@link #normalize}).
 *
 * <p>The scorer looks each token up by a linear scan of its whole dictionary (thousands of entries);
 * it is given the entries of the words in the text only. Every entry is a single word (see
 * {@link VaderDictionary}), so at most one entry matches a token and the score is the same.
 */
public final class ToneScorer implements Serializable {
    private static final long serialVersionUID = 1L;
    /** VADER's normalisation constant, scaled to SentimentDetector's unit word scores. */
    private static final double NORMALIZE_ALPHA = 4.0;
    /** A sentence's worth of words: past it, a longer text needs more sentiment for the same score. */
    private static final double WORDS_PER_SENTENCE = 25.0;
    /** Scores within this distance of 0 are "neutral". */
    static final double NEUTRAL_BAND = 0.05;
    private static final scala.collection.immutable.Map<String, String> FIRST_SENTENCE = AnnotationColumns.toScala(Map.of("sentence", "0"));
    private static final float[] NO_EMBEDDINGS = new float[0];

    /** Word (lower case) to its class: positive, negative, increment, decrement or revert. */
    private final Map<String, String> dictionary;
    private final double positive;
    private final double negative;
    private final double increment;
    private final double decrement;
    private final double revert;

    /** The dictionary and multipliers of a fitted sentiment detector. */
    public ToneScorer(SentimentDetectorModel model) {
        if (model == null) {
            throw new IllegalArgumentException("the tone scorer needs a fitted SentimentDetectorModel, was null");
        }
        scala.Option<scala.collection.immutable.Map<String, String>> entries = model.sentimentDict().get();
        if (entries.isEmpty() || entries.get().isEmpty()) {
            throw new IllegalArgumentException("the sentiment detector " + model.uid() + " has no dictionary");
        }
        Map<String, String> words = new HashMap<>();
        for (Map.Entry<String, String> e : JavaConverters.mapAsJavaMap(entries.get()).entrySet()) {
            if (e.getKey().strip().contains(" ")) {
                throw new IllegalArgumentException("the sentiment dictionary holds a phrase, '" + e.getKey()
                        + "'; the tone scorer takes single words only");
            }
            words.put(e.getKey(), e.getValue());
        }
        this.dictionary = Collections.unmodifiableMap(words); // a HashMap: see ToneModel's features
        this.positive = (Double) model.getOrDefault(model.positiveMultiplier());
        this.negative = (Double) model.getOrDefault(model.negativeMultiplier());
        this.increment = (Double) model.getOrDefault(model.incrementMultiplier());
        this.decrement = (Double) model.getOrDefault(model.decrementMultiplier());
        this.revert = (Double) model.getOrDefault(model.reverseMultiplier());
    }

    /** The dictionary's words: the only tokens the detector can score. */
    Set<String> words() {
        return dictionary.keySet();
    }

    /** The tone of {@code text} (null counts as empty), -1 (negative) to 1 (positive). */
    public double score(String text) {
        String document = text == null ? "" : text;
        List<Annotation> annotations = new ArrayList<>();
        annotations.add(new Annotation("document", 0, Math.max(0, document.length() - 1), document, FIRST_SENTENCE, NO_EMBEDDINGS));
        scala.collection.immutable.Map<String, String> present = new scala.collection.immutable.HashMap<>();
        for (Token t : new Tokenizer().tokenize(document)) {
            String tag = dictionary.get(t.lower());
            if (tag != null) {
                annotations.add(new Annotation("token", t.begin(), t.end() - 1, t.text(), FIRST_SENTENCE, NO_EMBEDDINGS));
                present = present.$plus(new scala.Tuple2<>(t.lower(), tag));
            }
        }
        if (present.isEmpty()) {
            return 0.0;
        }
        PragmaticScorer scorer = new PragmaticScorer(present, positive, negative, increment, decrement, revert);
        // what SentimentDetectorModel.annotate does with a row's annotations
        TokenizedSentence[] sentences = (TokenizedSentence[]) TokenizedWithSentence$.MODULE$
                .unpack(JavaConverters.asScalaBuffer(annotations).toSeq())
                .toArray(ClassTag$.MODULE$.apply(TokenizedSentence.class));
        return normalize(scorer.score(sentences), document);
    }

    /**
     * VADER's normalisation x / sqrt(x^2 + alpha), with alpha growing with length past a sentence, so
     * that a long article is not pushed to +-1 by the sheer number of words. Words are counted as
     * Spark's {@code size(split(text, "\\s+"))} counts them.
     */
    public static double normalize(double raw, String text) {
        int words = wordCount(text);
        double lengthScale = Math.max(1.0, words / WORDS_PER_SENTENCE);
        return raw / Math.sqrt(raw * raw + lengthScale * NORMALIZE_ALPHA);
    }

    /**
     * {@code text.split("\\s+", -1).length} without building the array: one more than the number of
     * runs of whitespace (Java's {@code \\s}: space, tab, line feed, vertical tab, form feed, return).
     */
    static int wordCount(String text) {
        if (text == null) {
            return 1;
        }
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || (c >= '\t' && c <= '\r');
            if (space && !inRun) {
                runs++;
            }
            inRun = space;
        }
        return runs + 1;
    }

    /** "positive", "negative" or "neutral" for a normalised score. */
    public static String label(double sentiment) {
        return sentiment > NEUTRAL_BAND ? "positive" : sentiment < -NEUTRAL_BAND ? "negative" : "neutral";
    }
}
