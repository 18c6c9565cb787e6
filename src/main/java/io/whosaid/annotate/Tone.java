package io.whosaid.annotate;

/**
 * The tone of a text.
 *
 * @param sentiment -1 (negative) … 1 (positive)
 * @param label     negative, neutral or positive
 */
public record Tone(double sentiment, String label) {
    public static final Tone NEUTRAL = new Tone(0.0, "neutral");

    public Tone {
        if (!(sentiment >= -1.0 && sentiment <= 1.0)) {
            throw new IllegalArgumentException("a sentiment is between -1 and 1, was " + sentiment);
        }
        if (!ToneModel.LABELS.contains(label)) {
            throw new IllegalArgumentException("a tone label is one of " + ToneModel.LABELS + ", was '" + label + "'");
        }
    }
}
