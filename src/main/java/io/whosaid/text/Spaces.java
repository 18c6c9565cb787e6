package io.whosaid.text;

/**
 * White space as news text has it: Java's white space and the no-break spaces of web copy
 * ("Gov.\u00a0Mike Pence"), which {@link Character#isWhitespace} leaves out.
 */
public final class Spaces {
    private Spaces() {
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The text as one line, each run of {@link #isSpace} characters one space; null stays null. */
    public static String oneSpaced(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = isSpace(c);
        }
        return out.toString();
    }
}
