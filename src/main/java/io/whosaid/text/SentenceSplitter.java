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
            for (int i = 0; i < tokens.size(); i++) {
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
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return begin < end ? new Span(begin, end) : null;
    }
}
