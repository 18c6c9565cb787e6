package io.whosaid.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plain-Java half of training the NER model: CoNLL-2003 lines into the form Spark NLP's
 * CoNLL reader takes, and the gazetteer features the model sees for each word.
 */
public final class ConllTraining {
    /** The gazetteer lists behind each dimension of the word features, in order. */
    static final List<String> GAZETTEERS = List.of("places.txt", "organisations.txt", "nationalities.txt", "titles.txt", "org_heads.txt");

    private ConllTraining() {}

    /**
     * "WORD ... TAG" lines (IOB1: I-X, B-X only between two touching entities) into
     * "WORD NN O TAG" lines with IOB2 tags (every entity opens with B-X). The part-of-speech
     * column is constant: the training data has none, and the model learns from word shapes.
     */
    public static List<String> toSparkNlpConll(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        String previous = "O";
        for (String line : lines) {
            String[] fields = line.trim().split("\\s+");
            if (line.isBlank()) {
                out.add("");
                previous = "O";
                continue;
            }
            if (fields.length < 2) {
                throw new IllegalArgumentException("a CoNLL line must be 'WORD ... TAG', got '" + line + "'");
            }
            String word = fields[0];
            String tag = fields[fields.length - 1];
            if (word.equals("-DOCSTART-")) {
                out.add("-DOCSTART- -X- -X- O");
                previous = "O";
                continue;
            }
            if (tag.startsWith("I-") && (previous.equals("O") || !previous.substring(2).equals(tag.substring(2)))) {
                tag = "B-" + tag.substring(2);
            }
            out.add(word + " NN O " + tag);
            previous = tag;
        }
        return out;
    }

    /**
     * "WORD NN O TAG" lines (from {@link #toSparkNlpConll}) into "WORD TAG O TAG": Spark NLP's
     * perceptron trainer learns the column its reader marks as parts of speech, so the entity
     * tags go there when it is to learn entities.
     */
    public static List<String> entityTagsAsPos(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            String[] fields = line.split(" ");
            if (line.isEmpty() || fields[0].equals("-DOCSTART-")) {
                out.add(line);
                continue;
            }
            if (fields.length != 4) {
                throw new IllegalArgumentException("expected 'WORD POS CHUNK TAG', got '" + line + "'");
            }
            out.add(fields[0] + " " + fields[3] + " " + fields[2] + " " + fields[3]);
        }
        return out;
    }

    /**
     * One line per word form, "word f1 .. f5": 1 where the word occurs in the gazetteer of that
     * dimension (places, organisations, nationalities, titles, organisation head words). In places
     * and organisations only capitalised words count ("of", "the" are no evidence).
     */
    public static List<String> gazetteerFeatures(Set<String> countryNames) throws IOException {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        for (int dim = 0; dim < GAZETTEERS.size(); dim++) {
            List<String> phrases = new ArrayList<>(readLexicon(GAZETTEERS.get(dim)));
            if (dim == 0) {
                phrases.addAll(new TreeSet<>(countryNames));
            }
            boolean namesOnly = dim <= 1;
            for (String phrase : phrases) {
                for (String word : phrase.replace(",", " ").split("\\s+")) {
                    if (word.isEmpty() || (namesOnly && !Character.isUpperCase(word.codePointAt(0)))) {
                        continue;
                    }
                    vectors.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new float[GAZETTEERS.size()])[dim] = 1f;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        Set<String> written = new TreeSet<>();
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
            String w = e.getKey();
            // the embeddings are case-sensitive: each usual casing gets the same features
            for (String form : new TreeSet<>(List.of(w, w.toUpperCase(Locale.ROOT),
                    w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)))) {
                if (written.add(form)) {
                    StringBuilder line = new StringBuilder(form);
                    for (float f : e.getValue()) {
                        line.append(' ').append(f == 1f ? "1" : "0");
                    }
                    lines.add(line.toString());
                }
            }
        }
        return lines;
    }

    private static List<String> readLexicon(String file) throws IOException {
        try (InputStream in = ConllTraining.class.getResourceAsStream("/io/whosaid/lexicon/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled lexicon missing: " + file);
            }
            List<String> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
            return entries;
        }
    }

    /** English names of the ISO countries, from the JDK. */
    public static Set<String> jdkCountryNames() {
        Set<String> names = new TreeSet<>();
        for (String code : Locale.getISOCountries()) {
            names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        return names;
    }
}
