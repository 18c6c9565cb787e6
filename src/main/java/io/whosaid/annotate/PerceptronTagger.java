package io.whosaid.annotate;

import com.johnsnowlabs.nlp.annotators.pos.perceptron.AveragedPerceptron;
import scala.collection.JavaConverters;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tags a sentence with a Spark NLP averaged perceptron model, exactly as PerceptronModel does
 * (its features, its tag dictionary, its greedy left-to-right decoding, its tie-break), over
 * arrays instead of Scala maps: about five times faster, which is what makes the model the
 * default without slowing the job down. {@code PerceptronNerTest} checks that both give the
 * same tags.
 */
final class PerceptronTagger {
    private static final String[] START = {"-START-", "-START2-"};
    private static final String[] END = {"-END-", "-END2-"};

    private final String[] tags;
    private final Map<String, String> book;
    /** Per feature, its weight for each tag in {@link #tags} order. */
    private final Map<String, double[]> weights;

    PerceptronTagger(AveragedPerceptron model) {
        this.tags = model.getTags().clone();
        Map<String, Integer> tagIndex = new HashMap<>();
        for (int i = 0; i < tags.length; i++) {
            tagIndex.put(tags[i], i);
        }
        this.book = new HashMap<>(JavaConverters.mapAsJavaMap(model.getTaggedBook()));
        Map<String, scala.collection.immutable.Map<String, Object>> raw = JavaConverters.mapAsJavaMap(model.getWeights());
        this.weights = new HashMap<>(raw.size() * 2);
        for (Map.Entry<String, scala.collection.immutable.Map<String, Object>> feature : raw.entrySet()) {
            double[] byTag = new double[tags.length];
            for (Map.Entry<String, Object> w : JavaConverters.mapAsJavaMap(feature.getValue()).entrySet()) {
                Integer index = tagIndex.get(w.getKey());
                if (index != null) {
                    byTag[index] = ((Number) w.getValue()).doubleValue();
                }
            }
            weights.put(feature.getKey(), byTag);
        }
    }

    /**
     * Tags the sentences of one document. As in PerceptronModel, the previous two tags carry over from
     * one sentence to the next.
     */
    String[][] tag(List<String[]> sentences) {
        String[][] out = new String[sentences.size()][];
        String[] history = {START[0], START[1]};
        for (int i = 0; i < out.length; i++) {
            out[i] = tag(sentences.get(i), history);
        }
        return out;
    }

    private String[] tag(String[] words, String[] history) {
        String[] context = new String[words.length + 4];
        context[0] = START[0];
        context[1] = START[1];
        for (int i = 0; i < words.length; i++) {
            context[i + 2] = normalized(words[i]);
        }
        context[words.length + 2] = END[0];
        context[words.length + 3] = END[1];
        String[] out = new String[words.length];
        String prev = history[0];
        String prev2 = history[1];
        double[] scores = new double[tags.length];
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String tag = book.get(word.toLowerCase(Locale.ROOT));
            if (tag == null) {
                java.util.Arrays.fill(scores, 0.0);
                int c = i + 2;
                add(scores, "bias");
                add(scores, "i suffix " + takeRight3(word));
                add(scores, "i pref1 " + word.charAt(0));
                add(scores, "i-1 tag " + prev);
                add(scores, "i-2 tag " + prev2);
                add(scores, "i tag+i-2 tag " + prev + " " + prev2);
                add(scores, "i word " + context[c]);
                add(scores, "i-1 tag+i word " + prev + " " + context[c]);
                add(scores, "i-1 word " + context[c - 1]);
                add(scores, "i-1 suffix " + takeRight3(context[c - 1]));
                add(scores, "i-2 word " + context[c - 2]);
                add(scores, "i+1 word " + context[c + 1]);
                add(scores, "i+1 suffix " + takeRight3(context[c + 1]));
                add(scores, "i+2 word " + context[c + 2]);
                tag = best(scores);
            }
            out[i] = tag;
            prev2 = prev;
            prev = tag;
        }
        history[0] = prev;
        history[1] = prev2;
        return out;
    }

    private void add(double[] scores, String feature) {
        double[] w = weights.get(feature);
        if (w != null) {
            for (int t = 0; t < w.length; t++) {
                scores[t] += w[t];
            }
        }
    }

    /** The highest score; a tie goes to the greater tag name, as Spark NLP's maxBy over (score, tag) does. */
    private String best(double[] scores) {
        int best = 0;
        for (int t = 1; t < tags.length; t++) {
            if (scores[t] > scores[best] || (scores[t] == scores[best] && tags[t].compareTo(tags[best]) > 0)) {
                best = t;
            }
        }
        return tags[best];
    }

    /** Spark NLP's normalisation of a context word. */
    static String normalized(String word) {
        if (word.contains("-") && word.charAt(0) != '-') {
            return "!HYPEN";
        }
        if (word.length() == 4 && word.chars().allMatch(ch -> Character.isDigit((char) ch))) {
            return "!YEAR";
        }
        if (Character.isDigit(word.charAt(0))) {
            return "!DIGITS";
        }
        return word.toLowerCase(Locale.ROOT);
    }

    private static String takeRight3(String s) {
        return s.length() <= 3 ? s : s.substring(s.length() - 3);
    }
}
