package io.whosaid.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article into paragraphs (at line breaks) and sentences (at . ! ? followed by a
 * capitalised word, a quote or a digit). Abbreviations are already single tokens with their
 * dot, so "U.S. officials" does not end a sentence.
 */
public final class SentenceSplitter {
    private final Tokenizer tokenizer = new Tokenizer();

    public List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                Span trimmed = trim(text, start, i);
                if (trimmed != null) {
                    paragraphs.add(trimmed);
                }
                start = i + 1;
            }
        }
        return paragraphs;
    }

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<Span> paragraphs = paragraphs(text);
        for (int p = 0; p < paragraphs.size(); p++) {
            Span paragraph = paragraphs.get(p);
            List<Token> tokens = tokenizer.tokenize(paragraph.of(text)).stream()
                    .map(t -> t.movedBy(paragraph.begin()))
                    .toList();
            int first = 0;
            int dateline = datelineEnd(tokens);
            if (dateline > 0) {
                sentences.add(sentence(sentences.size(), p, tokens.subList(0, dateline + 1)));
                first = dateline + 1;
            }
            for (int i = first; i < tokens.size(); i++) {
                if (!isTerminal(tokens.get(i))) {
                    continue;
                }
                int last = i;
                // closing marks stick to the terminal ('."'), an opening quote of the next sentence does not
                while (last + 1 < tokens.size() && isCloser(tokens.get(last + 1))
                        && tokens.get(last + 1).begin() == tokens.get(last).end()) {
                    last++;
                }
                boolean atEnd = last + 1 >= tokens.size();
                // no space after the mark: an abbreviation such as "(R-S.C.)", not a sentence end
                boolean glued = !atEnd && tokens.get(last + 1).begin() == tokens.get(last).end();
                if (atEnd || (!glued && startsSentence(tokens.get(last + 1)))) {
                    sentences.add(sentence(sentences.size(), p, tokens.subList(first, last + 1)));
                    first = last + 1;
                    i = last;
                }
            }
            if (first < tokens.size()) {
                sentences.add(sentence(sentences.size(), p, tokens.subList(first, tokens.size())));
            }
        }
        return sentences;
    }

    /**
     * The index of the dash that ends a news agency's dateline at the start of a paragraph ("NEW YORK, March 5 -",
     * "LONDON (Reuters) -"), or -1: the dateline is a sentence of its own, so that no rule takes the place for a speaker.
     */
    static int datelineEnd(List<Token> tokens) {
        int n = tokens.size();
        int k = 0;
        while (k < n && k < 5 && (isUpperCaseWord(tokens.get(k)) || (k > 0 && tokens.get(k).is(",") && k + 1 < n
                && isUpperCaseWord(tokens.get(k + 1))))) {
            k++; // "WASHINGTON, D.C."
        }
        if (k == 0) {
            return -1;
        }
        boolean dated = false;
        if (k + 2 < n && tokens.get(k).is(",") && isMonth(tokens.get(k + 1)) && isNumber(tokens.get(k + 2))) {
            dated = true;
            k += 3;
            if (k + 1 < n && tokens.get(k).is(",") && isNumber(tokens.get(k + 1))) {
                k += 2; // ", 1987"
            }
        }
        if (k < n && tokens.get(k).is("(")) {
            int close = k + 1;
            while (close < n && close - k <= 4 && !tokens.get(close).is(")")) {
                close++;
            }
            if (close >= n || !tokens.get(close).is(")")) {
                return -1;
            }
            dated = true;
            k = close + 1; // "(Reuters)"
        }
        boolean dash = k < n && (tokens.get(k).is("-") || tokens.get(k).is("--") || tokens.get(k).is("\u2013")
                || tokens.get(k).is("\u2014"));
        return dated && dash && k + 1 < n ? k : -1;
    }

    private static boolean isUpperCaseWord(Token t) {
        String s = t.text();
        return s.codePoints().anyMatch(Character::isLetter)
                && s.codePoints().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '\'' || c == '-');
    }

    private static boolean isMonth(Token t) {
        String s = t.text();
        if (s.length() < 3 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        String prefix = s.substring(0, 3).toLowerCase(java.util.Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").contains(prefix);
    }

    private static boolean isNumber(Token t) {
        return t.text().chars().allMatch(Character::isDigit) && !t.text().isEmpty();
    }

    private static Sentence sentence(int index, int paragraph, List<Token> tokens) {
        Span span = new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
        return new Sentence(index, paragraph, span, tokens);
    }

    private static boolean isTerminal(Token token) {
        String t = token.text();
        return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("\u2026");
    }

    private static boolean isCloser(Token token) {
        String t = token.text();
        return QuoteMarks.isClosing(t) || t.equals("'") || t.equals("\u2019") || t.equals(")")
                || t.equals("]") || isTerminal(token);
    }

    private static boolean startsSentence(Token token) {
        int cp = token.text().codePointAt(0);
        return Character.isUpperCase(cp) || Character.isDigit(cp) || cp == '"' || cp == '\u201c' || cp == '('
                || cp == '\'' || cp == '\u2018';
    }

    private static Span trim(String text, int begin, int end) {
        while (begin < end && Spaces.isSpace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Spaces.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return begin < end ? new Span(begin, end) : null;
    }
}
