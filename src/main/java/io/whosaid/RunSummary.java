package io.whosaid;

/** The figures a run ends with. */
public record RunSummary(long records, long articles, long statements, long actors, long rejects, double seconds) {
    public String line() {
        return String.format(java.util.Locale.ROOT,
                "whosaid: %,d records read: %,d articles, %,d rejects; %,d statements, %,d actors; %.1f s",
                records, articles, rejects, statements, actors, seconds);
    }
}
