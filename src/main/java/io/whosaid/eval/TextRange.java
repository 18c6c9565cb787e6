package io.whosaid.eval;

/** A half-open range [begin, end) of Unicode code point offsets (Python str indices) into an article text. */
public record TextRange(int begin, int end) {
    public TextRange {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad range [" + begin + ", " + end + ")");
        }
    }
}
