package io.whosaid.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Trains a {@link ToneModel}: a multinomial logistic regression by full-batch gradient descent
 * with an L2 penalty, over the words and word pairs seen in at least {@code minCount} examples and
 * the lexicon's features. Full batches in the examples' order make the same data give the same model.
 */
public final class ToneModelTrainer {
    private final int minCount;
    private final int iterations;
    private final double l2;
    private final double learningRate;
    private final double minWeight;

    /** One labelled sentence: its words (lower case), the lexicon's score of it and its class (see {@link ToneModel#LABELS}). */
    public record Example(List<String> words, double lexiconScore, String label) {
        public Example {
            words = List.copyOf(words);
            if (!ToneModel.LABELS.contains(label)) {
                throw new IllegalArgumentException("a tone example's label is one of " + ToneModel.LABELS + ", was '" + label + "'");
            }
        }
    }

    /**
     * @param minCount     the fewest examples a word or pair must occur in to become a feature
     * @param iterations   gradient steps over the whole data
     * @param l2           the penalty on the squared weights of words and pairs
     * @param learningRate the step size
     * @param minWeight    features whose largest weight is smaller than this are left out of the model
     */
    public ToneModelTrainer(int minCount, int iterations, double l2, double learningRate, double minWeight) {
        if (minCount < 1) {
            throw new IllegalArgumentException("the minimum count of a feature is at least 1, was " + minCount);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("training needs at least one iteration, was " + iterations);
        }
        if (l2 < 0 || learningRate <= 0 || minWeight < 0) {
            throw new IllegalArgumentException("the L2 penalty and minimum weight must not be negative and the learning rate must be "
                    + "positive, were " + l2 + ", " + minWeight + " and " + learningRate);
        }
        this.minCount = minCount;
        this.iterations = iterations;
        this.l2 = l2;
        this.learningRate = learningRate;
        this.minWeight = minWeight;
    }

    /** The step size and smallest kept weight of {@code whosaid train-tone} (and the bundled model). */
    public static final double LEARNING_RATE = 0.5;
    public static final double MIN_WEIGHT = 0.002;

    public ToneModel train(List<Example> examples, Consumer<String> progress) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples to train the tone model on");
        }
        int[] perClass = new int[ToneModel.CLASSES];
        List<Set<String>> featureSets = new ArrayList<>(examples.size());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Example e : examples) {
            perClass[ToneModel.LABELS.indexOf(e.label())]++;
            Set<String> features = ToneModel.features(e.words());
            featureSets.add(features);
            for (String f : features) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        counts.forEach((name, count) -> {
            if (count >= minCount) {
                index.put(name, names.size());
                names.add(name);
            }
        });
        int n = examples.size();
        int[][] active = new int[n][];
        double[][] lexicon = new double[n][];
        int[] gold = new int[n];
        for (int i = 0; i < n; i++) {
            Example e = examples.get(i);
            active[i] = featureSets.get(i).stream().map(index::get).filter(j -> j != null).mapToInt(Integer::intValue).toArray();
            lexicon[i] = ToneModel.lexiconFeatures(e.lexiconScore());
            gold[i] = ToneModel.LABELS.indexOf(e.label());
        }
        progress.accept(String.format("%,d examples (negative %,d, neutral %,d, positive %,d), %,d features seen in %d or more",
                n, perClass[0], perClass[1], perClass[2], names.size(), minCount));

        int lexiconFeatures = ToneModel.LEXICON_FEATURES.size();
        double[][] w = new double[names.size()][ToneModel.CLASSES];
        double[][] wLexicon = new double[lexiconFeatures][ToneModel.CLASSES];
        double[] bias = new double[ToneModel.CLASSES];
        for (int it = 1; it <= iterations; it++) {
            double[][] g = new double[names.size()][ToneModel.CLASSES];
            double[][] gLexicon = new double[lexiconFeatures][ToneModel.CLASSES];
            double[] gBias = new double[ToneModel.CLASSES];
            double loss = 0;
            int right = 0;
            for (int i = 0; i < n; i++) {
                double[] logits = bias.clone();
                for (int f = 0; f < lexiconFeatures; f++) {
                    for (int c = 0; c < ToneModel.CLASSES; c++) {
                        logits[c] += lexicon[i][f] * wLexicon[f][c];
                    }
                }
                for (int j : active[i]) {
                    for (int c = 0; c < ToneModel.CLASSES; c++) {
                        logits[c] += w[j][c];
                    }
                }
                double[] p = ToneModel.softmax(logits);
                loss -= Math.log(Math.max(p[gold[i]], 1e-12));
                right += ToneModel.argmax(p) == gold[i] ? 1 : 0;
                p[gold[i]] -= 1;
                for (int c = 0; c < ToneModel.CLASSES; c++) {
                    gBias[c] += p[c];
                    for (int f = 0; f < lexiconFeatures; f++) {
                        gLexicon[f][c] += lexicon[i][f] * p[c];
                    }
                    for (int j : active[i]) {
                        g[j][c] += p[c];
                    }
                }
            }
            for (int c = 0; c < ToneModel.CLASSES; c++) {
                bias[c] -= learningRate * gBias[c] / n;
                for (int f = 0; f < lexiconFeatures; f++) {
                    wLexicon[f][c] -= learningRate * gLexicon[f][c] / n;
                }
                for (int j = 0; j < w.length; j++) {
                    w[j][c] -= learningRate * (g[j][c] / n + l2 * w[j][c]);
                }
            }
            if (it == 1 || it % 50 == 0 || it == iterations) {
                progress.accept(String.format("iteration %d of %d: loss %.4f, %.1f %% of the training examples right",
                        it, iterations, loss / n, 100.0 * right / n));
            }
        }
        Map<String, float[]> kept = new HashMap<>();
        for (int j = 0; j < w.length; j++) {
            double largest = Math.max(Math.abs(w[j][0]), Math.max(Math.abs(w[j][1]), Math.abs(w[j][2])));
            if (largest >= minWeight) {
                kept.put(names.get(j), toFloat(w[j]));
            }
        }
        progress.accept(String.format("%,d of %,d features kept (largest weight %s or more)", kept.size(), names.size(), minWeight));
        float[][] lexiconWeights = new float[lexiconFeatures][];
        for (int f = 0; f < lexiconFeatures; f++) {
            lexiconWeights[f] = toFloat(wLexicon[f]);
        }
        return new ToneModel(toFloat(bias), lexiconWeights, kept);
    }

    private static float[] toFloat(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }
}
