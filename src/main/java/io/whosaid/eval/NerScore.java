package io.whosaid.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of the NER scorer. {@link #reportLines()} are the lines {@code score_ner.py} prints, the last one
 * {@code ner_f1=0.xxx} (exact span and type, micro over all types).
 *
 * @param articles distinct gold article ids
 * @param goldMentions distinct gold mentions of a scored type
 * @param predMentions distinct predicted mentions scored
 * @param rows prediction rows read
 * @param otherArticles rows for articles not in the gold
 * @param droppedTypes rows whose type is not scored (dates, numbers, ...)
 * @param textMismatches rows whose text differs from the article text at [begin, end)
 * @param endInclusive whether the predicted ends were taken as inclusive
 * @param exact exact span and type, per type in report order, then "ALL"
 * @param lenient overlapping span and same type, one-to-one, same keys
 * @param untyped exact span, any type
 */
public record NerScore(int articles, int goldMentions, int predMentions, int rows, int otherArticles,
                       int droppedTypes, int textMismatches, boolean endInclusive, Map<String, Prf> exact,
                       Map<String, Prf> lenient, Prf untyped) {
    public NerScore {
        if (!Objects.requireNonNull(exact, "exact").containsKey("ALL")
                || !Objects.requireNonNull(lenient, "lenient").containsKey("ALL")) {
            throw new IllegalArgumentException("exact and lenient scores need an ALL row");
        }
        exact = Collections.unmodifiableMap(new LinkedHashMap<>(exact));
        lenient = Collections.unmodifiableMap(new LinkedHashMap<>(lenient));
        Objects.requireNonNull(untyped, "untyped");
    }

    /** The headline figure: exact micro F1 over all types. */
    public double nerF1() {
        return exact.get("ALL").f1();
    }

    public List<String> reportLines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "articles=%d gold_mentions=%d pred_mentions=%d (rows=%d, other articles=%d, "
                        + "dropped types=%d, text!=doc[begin:end]: %d)", articles, goldMentions, predMentions, rows,
                otherArticles, droppedTypes, textMismatches));
        if (textMismatches > 0.2 * Math.max(1, rows) && !endInclusive) {
            out.add("warning: many predicted texts differ from the article text at "
                    + "[begin:end]; are the offsets end-inclusive (--end-inclusive)?");
        }
        out.add(String.format(Locale.ROOT, "%-8s %-8s %7s %7s %7s %6s %6s %6s", "mode", "type", "P", "R", "F1", "tp",
                "pred", "gold"));
        for (Map.Entry<String, Prf> e : exact.entrySet()) {
            out.add(row("exact", e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, Prf> e : lenient.entrySet()) {
            out.add(row("lenient", e.getKey(), e.getValue()));
        }
        out.add(row("untyped", "ALL", untyped));
        out.add("ner_f1=" + PythonText.fixed(nerF1(), 3));
        return out;
    }

    /** The report as printed, one line each, newline-terminated. */
    public String report() {
        return String.join("\n", reportLines()) + "\n";
    }

    private static String row(String mode, String type, Prf m) {
        return String.format(Locale.ROOT, "%-8s %-8s %7s %7s %7s %6d %6d %6d", mode, type,
                PythonText.fixed(m.precision(), 4), PythonText.fixed(m.recall(), 4), PythonText.fixed(m.f1(), 4),
                m.tp(), m.pred(), m.gold());
    }
}
