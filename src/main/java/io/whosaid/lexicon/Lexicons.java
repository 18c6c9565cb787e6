package io.whosaid.lexicon;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * The word lists the language rules use. Each is a bundled resource that a user can replace by
 * putting a file of the same name in a lexicon folder (option --lexicons).
 */
public record Lexicons(
        Lexicon places,
        Lexicon nationalities,
        Lexicon organisations,
        Lexicon orgHeads,
        Lexicon titles,
        Lexicon groupNouns,
        Lexicon sentenceStarters) implements Serializable {

    public static Lexicons load(Path overrideDir) {
        return new Lexicons(
                Lexicon.load("places.txt", overrideDir).with(JdkPlaces.names()),
                Lexicon.load("nationalities.txt", overrideDir),
                Lexicon.load("organisations.txt", overrideDir),
                Lexicon.load("org_heads.txt", overrideDir),
                Lexicon.load("titles.txt", overrideDir),
                Lexicon.load("group_nouns.txt", overrideDir),
                Lexicon.load("sentence_starters.txt", overrideDir));
    }

    private static volatile Lexicons bundled;

    /** The bundled lists, loaded once per JVM (executors share them across tasks). */
    public static Lexicons bundled() {
        Lexicons local = bundled;
        if (local == null) {
            synchronized (Lexicons.class) {
                local = bundled;
                if (local == null) {
                    local = load(null);
                    bundled = local;
                }
            }
        }
        return local;
    }
}
