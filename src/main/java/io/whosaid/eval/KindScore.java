package io.whosaid.eval;

/**
 * Content overlap for one statement kind: recall over the gold of that kind, precision over the predictions
 * that claim that kind. The two use different matched counts, so this is not a {@link Prf}.
 */
public record KindScore(String kind, int gold, int pred, int matchedGold, int matchedPred) {
    public KindScore {
        if (matchedGold > gold || matchedPred > pred) {
            throw new IllegalArgumentException("kind " + kind + ": more matches than items");
        }
    }

    public double precision() {
        return pred == 0 ? 0.0 : (double) matchedPred / pred;
    }

    public double recall() {
        return gold == 0 ? 0.0 : (double) matchedGold / gold;
    }

    public double f1() {
        return Prf.f1(precision(), recall());
    }
}
