package io.whosaid.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Port of the official NER scorer ({@code eval/score_ner.py}): exact-span and overlap (lenient, one-to-one)
 * micro P/R/F1 overall and per type, and untyped span P/R/F1, after folding the types to the gold set's four
 * (PERSON, ORG, LOC, MISC). Mentions are sets: a duplicate prediction counts once, as in the script.
 */
public final class NerScorer {
    public static final List<String> TYPES = List.of("PERSON", "ORG", "LOC", "MISC");

    /** The script's TYPE_NORM; any other type (DATE, MONEY, CARDINAL, ...) is dropped. */
    private static final Map<String, String> TYPE_NORM = Map.ofEntries(
            Map.entry("PER", "PERSON"), Map.entry("PERSON", "PERSON"), Map.entry("PERSONS", "PERSON"),
            Map.entry("ORG", "ORG"), Map.entry("ORGANIZATION", "ORG"), Map.entry("ORGANISATION", "ORG"),
            Map.entry("GPE", "LOC"), Map.entry("LOC", "LOC"), Map.entry("LOCATION", "LOC"), Map.entry("FAC", "LOC"),
            Map.entry("MISC", "MISC"), Map.entry("NORP", "MISC"), Map.entry("EVENT", "MISC"),
            Map.entry("PRODUCT", "MISC"), Map.entry("WORK_OF_ART", "MISC"), Map.entry("LAW", "MISC"),
            Map.entry("LANGUAGE", "MISC"));

    private NerScorer() {
    }

    /** One mention after type folding; the scorer's (article, begin, end, type) tuple. */
    private record Mention(String doc, int begin, int end, String type) {
    }

    /** Untyped span. */
    private record SpanKey(String doc, int begin, int end) {
    }

    /** Scores with the defaults: GPE folded into LOC, predicted ends exclusive. */
    public static NerScore score(List<GoldNerArticle> gold, List<EntityPrediction> predictions) {
        return score(gold, predictions, false, false);
    }

    /**
     * @param keepGpe score GPE as its own type instead of folding it into LOC (only for gold that has it)
     * @param endInclusive the predictions' end is inclusive (Spark NLP style): one is added to it
     */
    public static NerScore score(List<GoldNerArticle> gold, List<EntityPrediction> predictions, boolean keepGpe,
                                 boolean endInclusive) {
        Objects.requireNonNull(gold, "gold articles");
        Objects.requireNonNull(predictions, "predictions");
        Map<String, int[]> texts = new HashMap<>();
        Set<Mention> goldSet = new HashSet<>();
        for (GoldNerArticle a : gold) {
            texts.put(a.id(), a.text().codePoints().toArray());
            for (GoldEntity e : a.entities()) {
                String t = normType(e.type(), keepGpe);
                if (t != null) {
                    goldSet.add(new Mention(a.id(), e.begin(), e.end(), t));
                }
            }
        }

        int rows = 0;
        int unknown = 0;
        int dropped = 0;
        int mismatch = 0;
        Set<Mention> predSet = new HashSet<>();
        for (EntityPrediction p : predictions) {
            rows++;
            int[] text = texts.get(p.articleId());
            if (text == null) {
                unknown++;
                continue;
            }
            String t = normType(p.entityType(), keepGpe);
            if (t == null) {
                dropped++;
                continue;
            }
            int end = endInclusive ? p.end() + 1 : p.end();
            if (p.text() != null && !PythonText.slice(text, p.begin(), end).equals(p.text())) {
                mismatch++;
            }
            predSet.add(new Mention(p.articleId(), p.begin(), end, t));
        }

        List<String> types = new ArrayList<>(TYPES);
        if (keepGpe) {
            types.add("GPE");
        }
        types.add("ALL");
        Map<String, Prf> exact = new LinkedHashMap<>();
        Map<String, Prf> lenient = new LinkedHashMap<>();
        for (String t : types) {
            Set<Mention> g = ofType(goldSet, t);
            Set<Mention> p = ofType(predSet, t);
            int tp = 0;
            for (Mention m : p) {
                if (g.contains(m)) {
                    tp++;
                }
            }
            exact.put(t, new Prf(tp, p.size(), g.size()));
            lenient.put(t, new Prf(lenientMatch(g, p), p.size(), g.size()));
        }
        Set<SpanKey> gs = new HashSet<>();
        for (Mention m : goldSet) {
            gs.add(new SpanKey(m.doc, m.begin, m.end));
        }
        Set<SpanKey> ps = new HashSet<>();
        for (Mention m : predSet) {
            ps.add(new SpanKey(m.doc, m.begin, m.end));
        }
        int tpUntyped = 0;
        for (SpanKey k : ps) {
            if (gs.contains(k)) {
                tpUntyped++;
            }
        }
        return new NerScore(texts.size(), goldSet.size(), predSet.size(), rows, unknown, dropped, mismatch,
                endInclusive, exact, lenient, new Prf(tpUntyped, ps.size(), gs.size()));
    }

    /** The script's norm_type: upper-cased, then folded; null when the type is not scored. */
    static String normType(String type, boolean keepGpe) {
        String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
        if (keepGpe && t.equals("GPE")) {
            return "GPE";
        }
        return TYPE_NORM.get(t);
    }

    private static Set<Mention> ofType(Set<Mention> all, String type) {
        if (type.equals("ALL")) {
            return all;
        }
        Set<Mention> out = new HashSet<>();
        for (Mention m : all) {
            if (m.type.equals(type)) {
                out.add(m);
            }
        }
        return out;
    }

    /** A candidate pair of overlapping mentions of one article and type. */
    private record Pair(int overlap, Mention g, Mention p) {
    }

    /**
     * One-to-one matching of overlapping same-type spans per article and type, largest overlap first; ties go
     * as the script's tuple sort: by gold (begin, end), then prediction (begin, end).
     */
    private static int lenientMatch(Set<Mention> gold, Set<Mention> pred) {
        Map<List<String>, List<List<Mention>>> by = new HashMap<>();
        for (Mention g : gold) {
            by.computeIfAbsent(List.of(g.doc, g.type), k -> List.of(new ArrayList<>(), new ArrayList<>())).get(0).add(g);
        }
        for (Mention p : pred) {
            by.computeIfAbsent(List.of(p.doc, p.type), k -> List.of(new ArrayList<>(), new ArrayList<>())).get(1).add(p);
        }
        int matched = 0;
        for (List<List<Mention>> group : by.values()) {
            List<Pair> cands = new ArrayList<>();
            for (Mention g : group.get(0)) {
                for (Mention p : group.get(1)) {
                    int ov = Math.min(g.end, p.end) - Math.max(g.begin, p.begin);
                    if (ov > 0) {
                        cands.add(new Pair(ov, g, p));
                    }
                }
            }
            cands.sort((a, b) -> {
                int c = Integer.compare(b.overlap, a.overlap);
                if (c == 0) {
                    c = Integer.compare(a.g.begin, b.g.begin);
                }
                if (c == 0) {
                    c = Integer.compare(a.g.end, b.g.end);
                }
                if (c == 0) {
                    c = Integer.compare(a.p.begin, b.p.begin);
                }
                return c != 0 ? c : Integer.compare(a.p.end, b.p.end);
            });
            Set<Mention> usedG = new HashSet<>();
            Set<Mention> usedP = new HashSet<>();
            for (Pair c : cands) {
                if (!usedG.contains(c.g) && !usedP.contains(c.p)) {
                    usedG.add(c.g);
                    usedP.add(c.p);
                    matched++;
                }
            }
        }
        return matched;
    }
}
