package io.whosaid.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentence tone against target labels, as the project's sentiment scorer reports it: accuracy and
 * macro-F1 over the three classes (the main figure), and per class precision, recall and F1. An
 * example without a prediction counts as wrong.
 *
 * @param confusion gold label → predicted label (or {@value #MISSING}) → examples
 */
public record SentimentScore(Map<String, Map<String, Integer>> confusion) {
    public static final List<String> LABELS = List.of("negative", "neutral", "positive");
    public static final String MISSING = "missing";

    public SentimentScore {
        confusion = Map.copyOf(confusion);
    }

    public int examples() {
        return confusion.values().stream().flatMap(row -> row.values().stream()).mapToInt(Integer::intValue).sum();
    }

    private int count(String gold, String predicted) {
        return confusion.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    public double accuracy() {
        int n = examples();
        return n == 0 ? 0.0 : (double) LABELS.stream().mapToInt(l -> count(l, l)).sum() / n;
    }

    /** Precision, recall and F1 of one class. */
    public Prf of(String label) {
        int predicted = LABELS.stream().mapToInt(g -> count(g, label)).sum();
        int gold = confusion.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        return new Prf(count(label, label), predicted, gold);
    }

    /** The mean F1 of the three classes. */
    public double macroF1() {
        return LABELS.stream().mapToDouble(l -> of(l).f1()).average().orElse(0.0);
    }

    public int missing() {
        return LABELS.stream().mapToInt(g -> count(g, MISSING)).sum();
    }

    public String report() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "examples=%d  missing=%d (counted as wrong)%n", examples(), missing()));
        s.append(String.format(Locale.ROOT, "accuracy=%.3f  F1m=%.3f%n", accuracy(), macroF1()));
        s.append(String.format(Locale.ROOT, "  %-9s %9s %9s %9s %8s %9s%n", "class", "precision", "recall", "f1", "support", "predicted"));
        for (String l : LABELS) {
            Prf m = of(l);
            s.append(String.format(Locale.ROOT, "  %-9s %9.3f %9.3f %9.3f %8d %9d%n", l, m.precision(), m.recall(), m.f1(), m.gold(), m.pred()));
        }
        s.append(String.format(Locale.ROOT, "sentiment_f1m=%.3f accuracy=%.3f", macroF1(), accuracy()));
        return s.toString();
    }
}
