package io.whosaid.text;

/** A half-open range [begin, end) of UTF-16 indices into a text. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public boolean contains(int index) {
        return index >= begin && index < end;
    }

    public boolean contains(Span other) {
        return other.begin >= begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return other.begin < end && begin < other.end;
    }

    public int length() {
        return end - begin;
    }

    public String of(String text) {
        return text.substring(begin, end);
    }
}
