package io.whosaid.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the VADER lexicon (Hutto and Gilbert 2014: word, mean valence, ...; bundled at build
 * time from a Maven Central artifact) plus the modifier list into the dictionary format of Spark
 * NLP's SentimentDetector: "word,positive|negative|increment|decrement|revert".
 */
public final class VaderDictionary {
    public static final String BUNDLED_LEXICON = "lexicon/vader_sentiment_lexicon.txt";
    public static final String MODIFIERS = "/io/whosaid/lexicon/sentiment_modifiers.txt";

    private final double minValence;

    /** @param minValence words whose mean valence is weaker than this are left out (VADER uses 0.05 for labels) */
    public VaderDictionary(double minValence) {
        if (minValence < 0 || minValence > 4) {
            throw new IllegalArgumentException("minValence must be within 0..4 (VADER's scale), was " + minValence);
        }
        this.minValence = minValence;
    }

    public Map<String, String> entries(InputStream vader, InputStream modifiers) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(vader, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    continue;
                }
                String word = cols[0].strip().toLowerCase(Locale.ROOT);
                if (word.isEmpty() || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
                    continue; // emoticons and phrases: not tokens of news text
                }
                double valence;
                try {
                    valence = Double.parseDouble(cols[1]);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (Math.abs(valence) >= minValence) {
                    entries.put(word, valence > 0 ? "positive" : "negative");
                }
            }
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(modifiers, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] kv = line.split(",", 2);
                entries.put(kv[0].strip().toLowerCase(Locale.ROOT), kv[1].strip());
            }
        }
        return entries;
    }

    /** Writes the dictionary for SentimentDetector to {@code target}; {@code lexiconPath} null means the bundled VADER. */
    public Path write(Path lexiconPath, Path target) {
        try (InputStream vader = lexiconPath == null ? VaderDictionary.class.getResourceAsStream(BUNDLED_LEXICON)
                : Files.newInputStream(lexiconPath);
             InputStream modifiers = VaderDictionary.class.getResourceAsStream(MODIFIERS)) {
            if (vader == null) {
                throw new IllegalStateException("the bundled VADER lexicon is missing; build with 'mvn package' (it is unpacked at build time)");
            }
            Map<String, String> entries = entries(vader, modifiers);
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, String> e : entries.entrySet()) {
                    w.write(e.getKey() + "," + e.getValue() + "\n");
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sentiment dictionary", e);
        }
    }
}
