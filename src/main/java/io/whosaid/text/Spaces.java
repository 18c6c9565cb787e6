package io.whosaid.text;

import java.util.regex.Pattern;

/**
 * White space as news text has it: Java's white space and the no-break spaces of web copy
 * ("Gov.\u00a0Mike Pence"), which {@link Character#isWhitespace} leaves out.
 */
public final class Spaces {
    private static final Pattern RUNS = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

    private Spaces() {
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The text as one line with single spaces; null stays null. */
    public static String oneSpaced(String text) {
        return text == null ? null : RUNS.matcher(text).replaceAll(" ");
    }
}
