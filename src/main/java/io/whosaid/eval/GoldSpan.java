package io.whosaid.eval;

import java.util.List;
import java.util.Objects;

/**
 * A gold span: its covering range [begin, end) in code points, its text, and for a discontinuous span
 * (a quote interrupted by "he said") the exact fragments; {@code fragments} is empty for a continuous span.
 */
public record GoldSpan(int begin, int end, String text, List<TextRange> fragments) {
    public GoldSpan {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad gold span [" + begin + ", " + end + ")");
        }
        Objects.requireNonNull(text, "gold span text");
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
    }

    public GoldSpan(int begin, int end, String text) {
        this(begin, end, text, List.of());
    }

    /** The parts whose words count: the fragments, or the covering range when there are none. */
    public List<TextRange> parts() {
        return fragments.isEmpty() ? List.of(new TextRange(begin, end)) : fragments;
    }
}
