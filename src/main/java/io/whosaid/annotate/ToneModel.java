package io.whosaid.annotate;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A sentence's tone from a model trained on labelled news sentences ({@link ToneModelTrainer}): a
 * multinomial logistic regression over the sentence's words and word pairs (lower case) and the
 * lexicon's score of the same sentence ({@link ToneScorer}, Spark NLP's sentiment detector with
 * VADER's words), which gives the model what the lexicon knows about words its training data lacks.
 *
 * <p>The file is gzipped text, so that it is small and diffable:
 * <pre>
 * whosaid-tone-model 1
 * bias	W_NEGATIVE	W_NEUTRAL	W_POSITIVE
 * lexicon	FEATURE	W_NEGATIVE	W_NEUTRAL	W_POSITIVE   (score, positive, negative)
 * feature	FEATURE	W_NEGATIVE	W_NEUTRAL	W_POSITIVE   (w:WORD or b:WORD WORD)
 * </pre>
 */
public final class ToneModel implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The class-path resource of the model whosaid ships. */
    public static final String BUNDLED = "/io/whosaid/models/tone-newsmtsc.txt.gz";
    private static final String HEADER = "whosaid-tone-model 1";
    /** The classes, in the order of every weight triple. */
    public static final List<String> LABELS = List.of("negative", "neutral", "positive");
    static final int CLASSES = 3;
    /** The lexicon's features: its score, and whether that score is positive or negative. */
    static final List<String> LEXICON_FEATURES = List.of("score", "positive", "negative");

    private final float[] bias;
    private final float[][] lexicon;
    private final Map<String, float[]> features;

    ToneModel(float[] bias, float[][] lexicon, Map<String, float[]> features) {
        if (bias == null || bias.length != CLASSES) {
            throw new IllegalArgumentException("a tone model needs " + CLASSES + " bias weights, got "
                    + (bias == null ? "none" : bias.length));
        }
        if (lexicon == null || lexicon.length != LEXICON_FEATURES.size()) {
            throw new IllegalArgumentException("a tone model needs weights for the lexicon features " + LEXICON_FEATURES);
        }
        for (float[] w : lexicon) {
            requireTriple(w, "a lexicon feature");
        }
        features.forEach((name, w) -> requireTriple(w, "feature '" + name + "'"));
        this.bias = bias.clone();
        this.lexicon = Arrays.stream(lexicon).map(float[]::clone).toArray(float[][]::new);
        // a HashMap, not Map.copyOf: most look-ups miss (word pairs the model has not seen), and a hash
        // map answers a miss from the cached hash where Map.copyOf's probing compares strings
        this.features = Collections.unmodifiableMap(new HashMap<>(features));
    }

    private static void requireTriple(float[] weights, String what) {
        if (weights == null || weights.length != CLASSES) {
            throw new IllegalArgumentException(what + " needs " + CLASSES + " weights (negative, neutral, positive)");
        }
    }

    /** The features of a sentence's words (lower case, in order): each word and each pair of neighbours, once. */
    static Set<String> features(List<String> words) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            names.add("w:" + words.get(i));
            if (i > 0) {
                names.add("b:" + words.get(i - 1) + " " + words.get(i));
            }
        }
        return names;
    }

    /** The lexicon's features for its score of a sentence. */
    static double[] lexiconFeatures(double lexiconScore) {
        return new double[] {lexiconScore, lexiconScore > ToneScorer.NEUTRAL_BAND ? 1 : 0, lexiconScore < -ToneScorer.NEUTRAL_BAND ? 1 : 0};
    }

    /**
     * The probabilities of negative, neutral and positive for one sentence.
     *
     * @param words        the sentence's tokens in lower case
     * @param lexiconScore the lexicon's tone of the sentence, -1..1
     */
    public double[] probabilities(List<String> words, double lexiconScore) {
        double[] logits = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            logits[c] = bias[c];
        }
        double[] lex = lexiconFeatures(lexiconScore);
        for (int f = 0; f < lex.length; f++) {
            for (int c = 0; c < CLASSES; c++) {
                logits[c] += lex[f] * lexicon[f][c];
            }
        }
        for (String name : features(words)) {
            float[] w = features.get(name);
            if (w != null) {
                for (int c = 0; c < CLASSES; c++) {
                    logits[c] += w[c];
                }
            }
        }
        return softmax(logits);
    }

    /** The index of the largest value; the first of equal ones. */
    static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    static double[] softmax(double[] logits) {
        double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
        double[] p = new double[logits.length];
        double sum = 0;
        for (int c = 0; c < logits.length; c++) {
            p[c] = Math.exp(logits[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < logits.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /** How many word and word-pair features carry weights. */
    public int size() {
        return features.size();
    }

    // ---- files ----

    private static final class Bundled {
        static final ToneModel MODEL = BundledModels.read(BUNDLED, "tone model", ToneModel::read);
    }

    /** The model whosaid ships, trained on NewsMTSC's training sentences (read once per JVM). */
    public static ToneModel bundled() {
        return Bundled.MODEL;
    }

    /**
     * A model file written by {@link #write} ({@code whosaid train-tone}), at any Hadoop path.
     *
     * @param conf the session's Hadoop settings (credentials and endpoints of {@code s3a://} and the like)
     */
    public static ToneModel load(String location, Configuration conf) {
        try {
            Path path = new Path(location);
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.isFile(path)) {
                throw new IllegalArgumentException("tone model not found: " + location);
            }
            try (FSDataInputStream in = fs.open(path)) {
                return read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tone model " + location + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code location} is a file that starts as a whosaid tone model does. */
    public static boolean isToneModel(String location, Configuration conf) {
        try {
            Path path = new Path(location);
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.isFile(path)) {
                return false;
            }
            try (FSDataInputStream in = fs.open(path);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                return HEADER.equals(reader.readLine());
            } catch (ZipException | EOFException notGzip) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
    }

    /** Reads a gzipped model file. */
    public static ToneModel read(InputStream gzipped) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (!HEADER.equals(header)) {
            throw new IOException("not a whosaid tone model: the first line is '" + header + "', expected '" + HEADER + "'");
        }
        float[] bias = null;
        float[][] lexicon = new float[LEXICON_FEATURES.size()][];
        Map<String, float[]> features = new HashMap<>();
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            switch (fields[0]) {
                case "bias" -> bias = weights(fields, 1, lineNumber);
                case "lexicon" -> {
                    int index = fields.length > 1 ? LEXICON_FEATURES.indexOf(fields[1]) : -1;
                    if (index < 0) {
                        throw new IOException("line " + lineNumber + ": unknown lexicon feature; expected one of " + LEXICON_FEATURES);
                    }
                    lexicon[index] = weights(fields, 2, lineNumber);
                }
                case "feature" -> {
                    if (fields.length < 2 || fields[1].isEmpty()) {
                        throw new IOException("line " + lineNumber + ": a feature needs a name");
                    }
                    features.put(fields[1], weights(fields, 2, lineNumber));
                }
                default -> throw new IOException("line " + lineNumber + ": unknown record '" + fields[0] + "'");
            }
        }
        if (bias == null) {
            throw new IOException("the tone model has no 'bias' line");
        }
        for (int f = 0; f < lexicon.length; f++) {
            if (lexicon[f] == null) {
                throw new IOException("the tone model has no weights for the lexicon feature '" + LEXICON_FEATURES.get(f) + "'");
            }
        }
        return new ToneModel(bias, lexicon, features);
    }

    private static float[] weights(String[] fields, int from, int lineNumber) throws IOException {
        if (fields.length != from + CLASSES) {
            throw new IOException("line " + lineNumber + ": expected " + CLASSES + " weights (negative, neutral, positive), got "
                    + Math.max(0, fields.length - from));
        }
        float[] w = new float[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            try {
                w[c] = Float.parseFloat(fields[from + c]);
            } catch (NumberFormatException e) {
                throw new IOException("line " + lineNumber + ": '" + fields[from + c] + "' is not a weight");
            }
        }
        return w;
    }

    /** Writes the model as gzipped text, features in sorted order (the same model gives the same bytes). */
    public void write(OutputStream out) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            w.write(HEADER + "\n");
            w.write("bias" + triple(bias) + "\n");
            for (int f = 0; f < lexicon.length; f++) {
                w.write("lexicon\t" + LEXICON_FEATURES.get(f) + triple(lexicon[f]) + "\n");
            }
            for (Map.Entry<String, float[]> e : new TreeMap<>(features).entrySet()) {
                w.write("feature\t" + e.getKey() + triple(e.getValue()) + "\n");
            }
        }
    }

    private static String triple(float[] w) {
        StringBuilder s = new StringBuilder();
        for (float v : w) {
            s.append('\t').append(v);
        }
        return s.toString();
    }
}
