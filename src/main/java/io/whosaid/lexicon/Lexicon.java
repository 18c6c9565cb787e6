package io.whosaid.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list of words or phrases, one per line ('#' starts a comment), looked up case-insensitively.
 * Phrases are kept whole; {@link #maxWords()} tells how far a phrase match must look ahead.
 */
public final class Lexicon implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String name;
    private final Set<String> entries;
    private final int maxWords;

    private Lexicon(String name, Set<String> entries) {
        this.name = name;
        this.entries = Set.copyOf(entries);
        this.maxWords = entries.stream().mapToInt(e -> e.split(" ").length).max().orElse(0);
    }

    public static Lexicon of(String name, Set<String> entries) {
        Set<String> normalized = new HashSet<>();
        for (String e : entries) {
            normalized.add(normalize(e));
        }
        return new Lexicon(name, normalized);
    }

    /** Loads {@code fileName} from {@code overrides} when it has that file (null for none), else the bundled copy. */
    public static Lexicon load(String fileName, LexiconFolder overrides) {
        try {
            InputStream replacement = overrides == null ? null : overrides.open(fileName);
            if (replacement != null) {
                try (InputStream in = replacement) {
                    return read(fileName, in);
                }
            }
            try (InputStream in = Lexicon.class.getResourceAsStream(fileName)) {
                if (in == null) {
                    throw new IllegalStateException("bundled lexicon " + fileName + " is missing from the jar");
                }
                return read(fileName, in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + fileName + (overrides == null ? "" : " of " + overrides), e);
        }
    }

    private static Lexicon read(String name, InputStream in) throws IOException {
        Set<String> entries = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(normalize(entry));
                }
            }
        }
        return new Lexicon(name, entries);
    }

    public static String normalize(String phrase) {
        String text = phrase.strip().replace('\u2019', '\'');
        return WHITESPACE.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** This lexicon with more entries. */
    public Lexicon with(Set<String> more) {
        Set<String> all = new HashSet<>(entries);
        for (String e : more) {
            all.add(normalize(e));
        }
        return new Lexicon(name, all);
    }

    public boolean contains(String phrase) {
        return entries.contains(normalize(phrase));
    }

    public int maxWords() {
        return maxWords;
    }

    public int size() {
        return entries.size();
    }

    public String name() {
        return name;
    }
}
