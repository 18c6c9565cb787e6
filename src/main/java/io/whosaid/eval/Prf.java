package io.whosaid.eval;

/** Counts of a micro-averaged criterion and its precision, recall and F1 (0 where undefined, as in the scorers). */
public record Prf(int tp, int pred, int gold) {
    public Prf {
        if (tp < 0 || pred < 0 || gold < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " pred=" + pred + " gold=" + gold);
        }
    }

    public double precision() {
        return pred == 0 ? 0.0 : (double) tp / pred;
    }

    public double recall() {
        return gold == 0 ? 0.0 : (double) tp / gold;
    }

    public double f1() {
        return f1(precision(), recall());
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
