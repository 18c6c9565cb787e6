package io.whosaid.statements;

import io.whosaid.text.QuoteMarks;
import io.whosaid.text.Spaces;
import io.whosaid.text.Span;

import java.util.ArrayList;
import java.util.List;

/** Finds double-quoted passages (straight or curly marks) in each paragraph. */
public final class QuoteFinder {

    public List<Quote> find(String text, List<Span> paragraphs) {
        List<Quote> quotes = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Span paragraph = paragraphs.get(p);
            int open = -1;
            int openWidth = 0;
            for (int i = paragraph.begin(); i < paragraph.end(); i++) {
                int width = QuoteMarks.markAt(text, i);
                if (width == 0) {
                    continue;
                }
                char c = text.charAt(i);
                boolean straight = c == '"' || width == 2;
                if (open < 0 && (c == '\u201c' || c == '\u201e' || straight || (c == '\u201d' && opensHere(text, i, paragraph.begin())))) {
                    open = i;
                    openWidth = width;
                } else if (open >= 0 && (c == '\u201d' || straight || (c == '\u201c' && closesHere(text, i)))) {
                    Span content = trimmed(text, open + openWidth, i);
                    if (content != null) {
                        quotes.add(new Quote(new Span(open, i + width), content, p, true));
                    }
                    open = -1;
                }
                i += width - 1;
            }
            if (open >= 0) {
                Span content = trimmed(text, open + openWidth, paragraph.end());
                if (content != null) {
                    quotes.add(new Quote(new Span(open, paragraph.end()), content, p, false));
                }
            }
        }
        return quotes;
    }

    /** A curly opening mark used as a closer: followed by space or punctuation, not a word. */
    private static boolean closesHere(String text, int i) {
        return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /**
     * A curly closing mark used as an opener (web copy: "\u201dFear. I am truly afraid ...\u201d"): at the start of the
     * paragraph or after a space, and followed by a word.
     */
    private static boolean opensHere(String text, int i, int paragraphBegin) {
        boolean afterSpace = i == paragraphBegin || Spaces.isSpace(text.charAt(i - 1));
        return afterSpace && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** The quoted words without surrounding spaces and a trailing comma. */
    private static Span trimmed(String text, int begin, int end) {
        while (begin < end && Spaces.isSpace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && (Spaces.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return begin < end ? new Span(begin, end) : null;
    }
}
