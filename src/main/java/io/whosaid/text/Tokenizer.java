package io.whosaid.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits English news text into word and punctuation tokens. Abbreviations keep their dots
 * ("U.S.", "Gen.", "a.m.") so that sentence splitting does not break on them; the possessive
 * "'s" is a token of its own so that "Ukraine's Air Force" keeps "Ukraine" whole.
 */
public final class Tokenizer {
    private static final Set<String> DOTTED_ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt",
            "adm", "cmdr", "rev", "st", "jr", "sr", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct",
            "nov", "dec", "no", "vs", "inc", "corp", "co", "ltd", "mt", "ft", "fr", "pres", "del", "gov't", "est",
            "approx", "dept", "univ", "e.g", "i.e", "etc", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m");

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Spaces.isSpace(c)) {
                i++;
                continue;
            }
            if (isApostrophe(c) && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))
                    && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                tokens.add(new Token(text.substring(i, i + 2), i, i + 2));
                i += 2;
                continue;
            }
            if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                tokens.add(new Token("''", i, i + 2)); // the typewriter double quote
                i += 2;
                continue;
            }
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int end = wordEnd(text, i);
                tokens.add(new Token(text.substring(i, end), i, end));
                i = end;
                continue;
            }
            int width = Character.charCount(cp);
            tokens.add(new Token(text.substring(i, i + width), i, i + width));
            i += width;
        }
        return tokens;
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                i += Character.charCount(cp);
                continue;
            }
            char c = text.charAt(i);
            boolean nextIsAlnum = i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
            if ((c == '-' || c == '&') && nextIsAlnum && i > start) {
                i++;
                continue;
            }
            if (isApostrophe(c) && nextIsAlnum) {
                // keep "doesn't", "O'Brien"; stop before a possessive "'s" that ends the word
                boolean possessive = (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)));
                if (possessive) {
                    break;
                }
                i++;
                continue;
            }
            if ((c == '.' || c == ',') && Character.isDigit(text.charAt(i - 1)) && i + 1 < n
                    && Character.isDigit(text.charAt(i + 1))) {
                i++; // 1,310 and 2.5
                continue;
            }
            if (c == '.') {
                String word = text.substring(start, i);
                if (nextIsAlnum && isSingleLetterChain(word)) {
                    i++; // U.S -> continue into the next letter
                    continue;
                }
                if (isSingleLetterChain(word) || DOTTED_ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                    i++; // keep the abbreviation's final dot
                }
                break;
            }
            break;
        }
        return i;
    }

    /** "U", "U.S", "a.m": single letters joined by dots. */
    private static boolean isSingleLetterChain(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char ch = word.charAt(k);
            boolean letterPosition = k % 2 == 0;
            if (letterPosition ? !Character.isLetter(ch) : ch != '.') {
                return false;
            }
        }
        return word.length() % 2 == 1;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
