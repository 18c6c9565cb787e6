package io.whosaid.lexicon;

import java.io.Serializable;

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

    /** The lists, each from {@code overrides} when it has a file of that name (null for none), else bundled. */
    public static Lexicons load(LexiconFolder overrides) {
        return new Lexicons(
                Lexicon.load("places.txt", overrides).with(JdkPlaces.names()),
                Lexicon.load("nationalities.txt", overrides),
                Lexicon.load("organisations.txt", overrides),
                Lexicon.load("org_heads.txt", overrides),
                Lexicon.load("titles.txt", overrides),
                Lexicon.load("group_nouns.txt", overrides),
                Lexicon.load("sentence_starters.txt", overrides));
    }

    private static final class Bundled {
        static final Lexicons LISTS = load(null);
    }

    /** The bundled lists, loaded once per JVM (executors share them across tasks). */
    public static Lexicons bundled() {
        return Bundled.LISTS;
    }
}
