package io.whosaid.text;

/** One token of an article: its text and its UTF-16 range in the article text. */
public record Token(String text, int begin, int end) {
    public Token {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("token text must not be empty");
        }
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

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
