package io.whosaid.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The figures of the attribution scorer. {@link #reportLines()} are the lines {@code score_attribution.py}
 * prints, character for character, the last one {@code attribution_f1=0.xxx content_f1=0.xxx}.
 *
 * @param articles gold articles
 * @param goldAttributions gold attributions
 * @param predictions predictions scored (for a gold article, with offsets inside its text)
 * @param ignoredOtherArticles predictions for articles not in the gold
 * @param ignoredWithoutOffsets predictions without usable begin/end
 * @param ignoredBadOffsets predictions with offsets outside the text
 * @param contentExact (a) exact content span after trimming
 * @param contentOverlap (b) one-to-one token overlap, Jaccard at least 0.5
 * @param attribution (c) overlap plus speaker, over the gold with a source
 * @param byKind direct, indirect, mixed in that order
 * @param havePredictedKind whether any prediction has a kind, i.e. whether per-kind precision is shown
 * @param cuePairs content-matched pairs whose gold has a cue
 * @param cueMatches of those, the pairs whose cues share a word
 */
public record AttributionScore(int articles, int goldAttributions, int predictions, int ignoredOtherArticles,
                               int ignoredWithoutOffsets, int ignoredBadOffsets, Prf contentExact,
                               Prf contentOverlap, Prf attribution, Map<String, KindScore> byKind,
                               boolean havePredictedKind, int cuePairs, int cueMatches) {
    public AttributionScore {
        Objects.requireNonNull(contentExact, "contentExact");
        Objects.requireNonNull(contentOverlap, "contentOverlap");
        Objects.requireNonNull(attribution, "attribution");
        byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
        if (cueMatches > cuePairs) {
            throw new IllegalArgumentException("cue matches " + cueMatches + " > cue pairs " + cuePairs);
        }
    }

    /** The headline figure: attribution F1. */
    public double attributionF1() {
        return attribution.f1();
    }

    /** Content F1 by the overlap criterion (b), the summary line's {@code content_f1}. */
    public double contentF1() {
        return contentOverlap.f1();
    }

    /** Share of content-matched pairs with a gold cue whose cues agree; empty when there are none. */
    public OptionalDouble cueMatch() {
        return cuePairs == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) cueMatches / cuePairs);
    }

    public List<String> reportLines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "articles=%d gold_attributions=%d predictions=%d (ignored: %d for articles "
                        + "not in gold, %d without offsets, %d with offsets outside the text)",
                articles, goldAttributions, predictions, ignoredOtherArticles, ignoredWithoutOffsets, ignoredBadOffsets));
        out.add(String.format(Locale.ROOT, "%-34s %6s %6s %6s  %6s %6s %6s", "metric", "tp", "pred", "gold", "P", "R", "F1"));
        out.add(row("content exact (trimmed)", contentExact));
        out.add(row("content overlap (Jaccard>=0.5)", contentOverlap));
        out.add(row("attribution (overlap + speaker)", attribution));
        out.add("content overlap by kind (recall by gold kind"
                + (havePredictedKind ? "; precision by predicted kind" : "; no predicted kind column") + "):");
        for (KindScore k : byKind.values()) {
            if (havePredictedKind) {
                out.add(String.format(Locale.ROOT, "  %-9s gold=%5d pred=%5d  P=%s R=%s F1=%s", k.kind(), k.gold(),
                        k.pred(), f3(k.precision()), f3(k.recall()), f3(k.f1())));
            } else {
                out.add(String.format(Locale.ROOT, "  %-9s gold=%5d  R=%s", k.kind(), k.gold(), f3(k.recall())));
            }
        }
        if (cuePairs > 0) {
            out.add(String.format(Locale.ROOT, "cue_match=%s (of %d content-matched pairs with a gold cue)",
                    f3(cueMatch().getAsDouble()), cuePairs));
        }
        out.add("attribution_f1=" + f3(attributionF1()) + " content_f1=" + f3(contentF1()));
        return out;
    }

    /** The report as printed, one line each, newline-terminated. */
    public String report() {
        return String.join("\n", reportLines()) + "\n";
    }

    private static String row(String name, Prf m) {
        return String.format(Locale.ROOT, "%-34s %6d %6d %6d  %6s %6s %6s", name, m.tp(), m.pred(), m.gold(),
                f3(m.precision()), f3(m.recall()), f3(m.f1()));
    }

    private static String f3(double v) {
        return PythonText.fixed(v, 3);
    }
}
