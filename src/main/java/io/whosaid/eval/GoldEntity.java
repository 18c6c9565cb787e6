package io.whosaid.eval;

/** A gold entity mention [begin, end) in code points with its gold type (PERSON, ORG, LOC, MISC, ...). */
public record GoldEntity(int begin, int end, String type) {
    public GoldEntity {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad gold entity span [" + begin + ", " + end + ")");
        }
    }
}
