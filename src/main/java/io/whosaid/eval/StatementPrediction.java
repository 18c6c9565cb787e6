package io.whosaid.eval;

/**
 * One predicted statement, the {@code statements} columns the attribution scorer reads. Offsets are code
 * points, end exclusive; {@code begin} or {@code end} is null when the row had none usable (the scorer counts
 * it as "without offsets", as the Python scorer does when int() fails). Every other field may be null.
 */
public record StatementPrediction(String articleId, Integer begin, Integer end, String speakerText,
                                  String actorName, String cue, String kind) {

    public boolean hasOffsets() {
        return begin != null && end != null;
    }
}
