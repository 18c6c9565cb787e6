package io.whosaid.text;

import java.util.Locale;

/**
 * One token of an article: its text, its lower-case form (computed once: the statement and speaker
 * rules compare it many times per token) and its UTF-16 range in the article text.
 */
public record Token(String text, String lower, int begin, int end) {
    public Token {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("token text must not be empty");
        }
        if (lower == null) {
            throw new IllegalArgumentException("token '" + text + "' needs its lower-case form");
        }
    }

    public Token(String text, int begin, int end) {
        this(text, text == null ? null : text.toLowerCase(Locale.ROOT), begin, end);
    }

    /** The same token at another place: its text and lower-case form are kept. */
    public Token movedBy(int offset) {
        return new Token(text, lower, begin + offset, end + offset);
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean is(String value) {
        return text.equals(value);
    }
}
