package io.whosaid.statements;

import io.whosaid.lexicon.LexiconFolder;
import io.whosaid.text.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The reporting cues (say, tell, call for, according to ...) with their frames, from cues.txt. */
public final class CueLexicon implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One form of a cue: its words, lemma and frame. */
    public record Form(List<String> words, String lemma, Frame frame) implements Serializable {}

    /** A cue found in a sentence: tokens [first, last] inclusive. */
    public record Match(Form form, int first, int last) {
        public Frame frame() {
            return form.frame();
        }

        public boolean isParticiple() {
            return form.words().get(0).endsWith("ing");
        }
    }

    private final Map<String, List<Form>> byFirstWord;

    private CueLexicon(Map<String, List<Form>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    private static final class Bundled {
        static final CueLexicon CUES = load(null);
    }

    /** The bundled cues, read once per JVM (executors share them across tasks). */
    public static CueLexicon bundled() {
        return Bundled.CUES;
    }

    /** The cues of {@code overrides}' cues.txt when it has one (null for none), else the bundled list. */
    public static CueLexicon load(LexiconFolder overrides) {
        String file = "cues.txt";
        try {
            InputStream replacement = overrides == null ? null : overrides.open(file);
            if (replacement != null) {
                try (InputStream in = replacement) {
                    return read(in);
                }
            }
            try (InputStream in = io.whosaid.lexicon.Lexicon.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("bundled cue lexicon cues.txt is missing from the jar");
                }
                return read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cue lexicon" + (overrides == null ? "" : " of " + overrides), e);
        }
    }

    private static CueLexicon read(InputStream in) throws IOException {
        Map<String, List<Form>> byFirst = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                if (parts.length != 3) {
                    throw new IllegalArgumentException("cues.txt line " + lineNo + ": expected lemma|FRAME|forms, got: " + line);
                }
                Frame frame = Frame.valueOf(parts[1].strip());
                for (String form : parts[2].strip().split("\\s+")) {
                    List<String> words = List.of(form.toLowerCase(Locale.ROOT).split("_"));
                    byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Form(words, parts[0].strip(), frame));
                }
            }
        }
        // longest forms first so "called for" wins over "called"
        byFirst.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
        return new CueLexicon(byFirst);
    }

    public Optional<Match> matchAt(List<Token> tokens, int index) {
        List<Form> forms = byFirstWord.get(tokens.get(index).lower());
        if (forms == null) {
            return Optional.empty();
        }
        for (Form form : forms) {
            int n = form.words().size();
            if (index + n > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                all = tokens.get(index + k).lower().equals(form.words().get(k));
            }
            if (all) {
                return Optional.of(new Match(form, index, index + n - 1));
            }
        }
        return Optional.empty();
    }
}
