package io.whosaid.annotate;

import com.johnsnowlabs.nlp.annotators.pos.perceptron.AveragedPerceptron;
import scala.collection.JavaConverters;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tags sentences with a Spark NLP averaged perceptron model exactly as PerceptronModel does (its
 * features, its tag dictionary, its greedy left-to-right decoding, its tie-break), but without
 * building fourteen feature strings per token: the weights a word brings in each position are summed
 * once per word form and kept, and the tag-history features are arrays by tag. {@code
 * PerceptronNerTest} checks that both give the same tags. Not thread-safe: one per partition.
 */
final class PerceptronTagger {
    private static final String[] START = {"-START-", "-START2-"};
    private static final String[] END = {"-END-", "-END2-"};
    /** Word forms whose summed weights are kept; past this the cache starts again (bounded memory). */
    private static final int MAX_CACHED_WORDS = 200_000;

    private final String[] tags;
    private final Map<String, String> book;
    private final Map<String, double[]> weights;
    /** Tag history values: the tags, then the two start symbols. */
    private final String[] history;
    private final double[][] previousTag;
    private final double[][] previousTag2;
    private final double[][][] tagPair;
    private final double[] bias;
    private final Map<String, double[]> ownWeights = new HashMap<>();
    private final Map<String, double[][]> contextWeights = new HashMap<>();
    private final Map<String, double[][]> previousTagAndWord = new HashMap<>();

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
        this.history = Arrays.copyOf(tags, tags.length + 2);
        history[tags.length] = START[0];
        history[tags.length + 1] = START[1];
        int h = history.length;
        previousTag = new double[h][];
        previousTag2 = new double[h][];
        tagPair = new double[h][h][];
        for (int a = 0; a < h; a++) {
            previousTag[a] = weight("i-1 tag " + history[a]);
            previousTag2[a] = weight("i-2 tag " + history[a]);
            for (int b = 0; b < h; b++) {
                tagPair[a][b] = weight("i tag+i-2 tag " + history[a] + " " + history[b]);
            }
        }
        bias = weight("bias");
    }

    /**
     * Tags the sentences of one document. As in PerceptronModel, the previous two tags carry over from
     * one sentence to the next.
     */
    String[][] tag(List<String[]> sentences) {
        if (ownWeights.size() > MAX_CACHED_WORDS) {
            ownWeights.clear();
            contextWeights.clear();
            previousTagAndWord.clear();
        }
        String[][] out = new String[sentences.size()][];
        int[] last = {tags.length, tags.length + 1}; // prev, prev2 as indices into history
        for (int i = 0; i < out.length; i++) {
            out[i] = tag(sentences.get(i), last);
        }
        return out;
    }

    private String[] tag(String[] words, int[] last) {
        String[] context = new String[words.length + 4];
        context[0] = START[0];
        context[1] = START[1];
        for (int i = 0; i < words.length; i++) {
            context[i + 2] = normalized(words[i]);
        }
        context[words.length + 2] = END[0];
        context[words.length + 3] = END[1];
        String[] out = new String[words.length];
        // what each position's word brings as a neighbour: looked up once, used by up to four tokens
        double[][][] around = new double[context.length][][];
        int prev = last[0];
        int prev2 = last[1];
        double[] scores = new double[tags.length];
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String booked = book.get(word.toLowerCase(Locale.ROOT));
            int tag;
            if (booked != null) {
                tag = indexOf(booked);
            } else {
                int c = i + 2;
                System.arraycopy(bias, 0, scores, 0, scores.length);
                add(scores, own(word, context[c]));
                add(scores, previousTag[prev]);
                add(scores, previousTag2[prev2]);
                add(scores, tagPair[prev][prev2]);
                add(scores, previousTagAndWord(context[c])[prev]);
                add(scores, contextAt(around, context, c - 1)[0]);
                add(scores, contextAt(around, context, c - 2)[1]);
                add(scores, contextAt(around, context, c + 1)[2]);
                add(scores, contextAt(around, context, c + 2)[3]);
                tag = best(scores);
            }
            out[i] = history[tag];
            prev2 = prev;
            prev = tag;
        }
        last[0] = prev;
        last[1] = prev2;
        return out;
    }

    /**
     * The token's own features: suffix and first character of the word as written, the normalised word.
     * The normalised word follows from the word, so the word alone keys the sum.
     */
    private double[] own(String word, String normalized) {
        double[] sum = ownWeights.get(word);
        if (sum == null) {
            sum = new double[tags.length];
            add(sum, weight("i suffix " + takeRight3(word)));
            add(sum, weight("i pref1 " + word.charAt(0)));
            add(sum, weight("i word " + normalized));
            ownWeights.put(word, sum);
        }
        return sum;
    }

    private double[][] contextAt(double[][][] around, String[] context, int position) {
        double[][] byPosition = around[position];
        if (byPosition == null) {
            byPosition = context(context[position]);
            around[position] = byPosition;
        }
        return byPosition;
    }

    /** What a normalised word brings as the word before, two before, after and two after the token. */
    private double[][] context(String normalized) {
        double[][] byPosition = contextWeights.get(normalized);
        if (byPosition == null) {
            String suffix = takeRight3(normalized);
            double[] before = new double[tags.length];
            add(before, weight("i-1 word " + normalized));
            add(before, weight("i-1 suffix " + suffix));
            double[] after = new double[tags.length];
            add(after, weight("i+1 word " + normalized));
            add(after, weight("i+1 suffix " + suffix));
            byPosition = new double[][] {before, weight("i-2 word " + normalized), after, weight("i+2 word " + normalized)};
            contextWeights.put(normalized, byPosition);
        }
        return byPosition;
    }

    private double[][] previousTagAndWord(String normalized) {
        double[][] byPrevious = previousTagAndWord.get(normalized);
        if (byPrevious == null) {
            byPrevious = new double[history.length][];
            for (int a = 0; a < history.length; a++) {
                byPrevious[a] = weight("i-1 tag+i word " + history[a] + " " + normalized);
            }
            previousTagAndWord.put(normalized, byPrevious);
        }
        return byPrevious;
    }

    private double[] weight(String feature) {
        double[] w = weights.get(feature);
        return w == null ? new double[tags.length] : w;
    }

    private static void add(double[] scores, double[] w) {
        for (int t = 0; t < w.length; t++) {
            scores[t] += w[t];
        }
    }

    private int indexOf(String tag) {
        for (int t = 0; t < tags.length; t++) {
            if (tags[t].equals(tag)) {
                return t;
            }
        }
        throw new IllegalStateException("the tag dictionary has a tag the model does not: " + tag);
    }

    /** The highest score; a tie goes to the greater tag name, as Spark NLP's maxBy over (score, tag) does. */
    private int best(double[] scores) {
        int best = 0;
        for (int t = 1; t < tags.length; t++) {
            if (scores[t] > scores[best] || (scores[t] == scores[best] && tags[t].compareTo(tags[best]) > 0)) {
                best = t;
            }
        }
        return best;
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
