package io.whosaid.actors;

import io.whosaid.speakers.ActorType;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Canonical keys for actor names. The same person gets the same key whatever the accents,
 * case, punctuation or common transliteration variant: "Zelenskyy", "Zelenskiy" and "Zelensky"
 * all become "zelensky". Keys are plain ASCII slugs so that ids read well in SQL.
 */
public final class ActorNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("'s$");

    private ActorNames() {}

    /** Lower-case ASCII words of a name, with spelling variants folded. */
    public static List<String> words(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u2019', '\'').replace("'s ", " ");
        s = TRAILING_POSSESSIVE.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ß", "ss");
        s = s.replace(".", "");
        List<String> words = new ArrayList<>();
        for (String w : NON_WORD.split(s)) {
            if (!w.isEmpty()) {
                words.add(fold(w));
            }
        }
        return words;
    }

    /** Common transliteration variants of Slavic and other names, folded to one spelling. */
    static String fold(String word) {
        String w = word;
        if (w.length() > 4) {
            if (w.endsWith("yy") || w.endsWith("iy") || w.endsWith("yi")) {
                w = w.substring(0, w.length() - 2) + "y";
            } else if (w.endsWith("ii")) {
                w = w.substring(0, w.length() - 2) + "y";
            }
        }
        if (w.equals("kiev")) {
            return "kyiv";
        }
        return w;
    }

    public static String slug(String name) {
        return String.join("-", words(name));
    }

    /** The id of an actor: its type and the slug of its canonical name, e.g. "person:volodymyr-zelensky". */
    public static String actorId(ActorType type, String canonicalName) {
        String slug = slug(canonicalName);
        if (slug.isEmpty()) {
            slug = "unnamed";
        }
        return type.name().toLowerCase(Locale.ROOT) + ":" + slug;
    }

    /** The key a lone surname is matched by: the last word of the name. */
    public static String surnameKey(String name) {
        List<String> w = words(name);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }
}
