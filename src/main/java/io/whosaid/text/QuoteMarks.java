package io.whosaid.text;

/** The double quotation marks of news text: straight ", curly “ ” „, and the typewriter pair ''. */
public final class QuoteMarks {
    private QuoteMarks() {}

    public static boolean isQuote(String token) {
        return token.equals("\"") || token.equals("\u201c") || token.equals("\u201d") || token.equals("\u201e")
                || token.equals("''");
    }

    public static boolean isClosing(String token) {
        return token.equals("\"") || token.equals("\u201d") || token.equals("''");
    }

    /** Width of the quote mark starting at {@code i}, or 0. */
    public static int markAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e') {
            return 1;
        }
        if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
            return 2;
        }
        return 0;
    }
}
