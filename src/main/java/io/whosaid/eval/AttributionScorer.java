package io.whosaid.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Port of the official attribution scorer ({@code eval/score_attribution.py}): content exact and overlap
 * P/R/F1, attribution (overlap plus speaker) P/R/F1, per-kind recall and precision and cue agreement,
 * micro-averaged over the gold articles with one-to-one greedy matching. It must print the same figures as
 * the Python script, so it keeps the script's rules (trim set, word tokens, Jaccard threshold, tie-breaking,
 * speaker keys) literally, with code point offsets as in Python's str.
 */
public final class AttributionScorer {
    public static final double JACCARD_MIN = 0.5;
    public static final List<String> KINDS = List.of("direct", "indirect", "mixed");

    private static final String TRIM = " \t\r\n\u00a0\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e.,;:!?\u2014\u2013-()[]";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you", "him", "her",
            "them", "us", "me", "his", "its", "their", "our", "my", "your", "one", "this", "that", "these", "those",
            "who", "which", "himself", "herself", "themselves", "itself", "ourselves", "myself");
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "s", "mr", "mrs", "ms", "dr", "jr",
            "sr", "both", "all", "some", "many", "most", "several", "other", "others", "according");
    /** Where a speaker phrase's post-modifier starts; {@code \s} is Python's, see {@link PythonText#SPACE_CLASS}. */
    private static final Pattern CUT = Pattern.compile(",|" + PythonText.SPACE_CLASS
            + "(?:for|of|at|from|with|who|which|that|in|on|to|including)" + PythonText.SPACE_CLASS,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Python's {@code 's\b}: the s is a word character, so the boundary means no word character follows. */
    private static final Pattern POSSESSIVE = Pattern.compile("'s(?![\\p{L}\\p{N}_])");

    private AttributionScorer() {
    }

    /** A candidate pair for the greedy matching: its score, gold index and prediction index. */
    private record Candidate(double score, int gi, int pi) {
    }

    /** The Python script's ordering: best score first, then gold index, then prediction index. */
    private static final Comparator<Candidate> BEST_FIRST = (a, b) -> {
        int c = Double.compare(b.score, a.score);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.gi, b.gi);
        return c != 0 ? c : Integer.compare(a.pi, b.pi);
    };

    /** Running totals over the articles (the script's Counter). */
    private static final class Tally {
        int gold;
        int pred;
        int badOffsets;
        int tpExact;
        int tpOverlap;
        int tpAttr;
        int predAttr;
        int goldWithSource;
        int cuePairs;
        int cueMatches;
        final Map<String, Integer> kindGold = new HashMap<>();
        final Map<String, Integer> kindPred = new HashMap<>();
        final Map<String, Integer> kindTpGold = new HashMap<>();
        final Map<String, Integer> kindTpPred = new HashMap<>();

        static void inc(Map<String, Integer> m, String k) {
            m.merge(k, 1, Integer::sum);
        }
    }

    /**
     * Scores the predictions against the gold articles. Only predictions whose article id is a gold id count;
     * the rest are reported as ignored, as are those without offsets or with offsets outside the text.
     */
    public static AttributionScore score(List<GoldAttributionArticle> gold, List<StatementPrediction> predictions) {
        Objects.requireNonNull(gold, "gold articles");
        Objects.requireNonNull(predictions, "predictions");
        Set<String> goldIds = new HashSet<>();
        for (GoldAttributionArticle a : gold) {
            goldIds.add(a.id());
        }
        Map<String, List<StatementPrediction>> byArticle = new HashMap<>();
        int unknown = 0;
        int withoutOffsets = 0;
        for (StatementPrediction p : predictions) {
            if (p.articleId() == null || !goldIds.contains(p.articleId())) {
                unknown++;
            } else if (!p.hasOffsets()) {
                withoutOffsets++;
            } else {
                byArticle.computeIfAbsent(p.articleId(), k -> new ArrayList<>()).add(p);
            }
        }
        // as in the script: decided over every scored row, also those whose offsets fall outside the text
        boolean havePredKind = byArticle.values().stream().flatMap(List::stream)
                .anyMatch(p -> isKind(p.kind()));

        Tally c = new Tally();
        for (GoldAttributionArticle art : gold) {
            scoreArticle(art, byArticle.getOrDefault(art.id(), List.of()), c);
        }

        Map<String, KindScore> byKind = new LinkedHashMap<>();
        for (String k : KINDS) {
            byKind.put(k, new KindScore(k, c.kindGold.getOrDefault(k, 0), c.kindPred.getOrDefault(k, 0),
                    c.kindTpGold.getOrDefault(k, 0), c.kindTpPred.getOrDefault(k, 0)));
        }
        return new AttributionScore(gold.size(), c.gold, c.pred, unknown, withoutOffsets, c.badOffsets,
                new Prf(c.tpExact, c.pred, c.gold), new Prf(c.tpOverlap, c.pred, c.gold),
                new Prf(c.tpAttr, c.predAttr, c.goldWithSource), byKind, havePredKind, c.cuePairs, c.cueMatches);
    }

    private static void scoreArticle(GoldAttributionArticle art, List<StatementPrediction> rows, Tally c) {
        int[] text = art.text().codePoints().toArray();
        List<GoldAttribution> golds = art.attributions();
        List<StatementPrediction> ps = new ArrayList<>();
        for (StatementPrediction p : rows) {
            if (0 <= p.begin() && p.begin() < p.end() && p.end() <= text.length) {
                ps.add(p);
            }
        }
        c.badOffsets += rows.size() - ps.size();
        c.gold += golds.size();
        c.pred += ps.size();
        for (GoldAttribution g : golds) {
            Tally.inc(c.kindGold, g.kind());
        }
        for (StatementPrediction p : ps) {
            if (isKind(p.kind())) {
                Tally.inc(c.kindPred, p.kind());
            }
        }

        List<Long> gTrim = new ArrayList<>();
        List<Set<Long>> gTok = new ArrayList<>();
        List<Set<Long>> gGap = new ArrayList<>();
        for (GoldAttribution g : golds) {
            gTrim.add(trim(text, g.content().begin(), g.content().end()));
            Set<Long> t = new HashSet<>();
            for (TextRange f : g.content().parts()) {
                t.addAll(tokens(text, f.begin(), f.end()));
            }
            gTok.add(t);
            // words between the fragments of a discontinuous content (the interrupting "he said") are
            // neutral: neither hit nor miss
            Set<Long> gap = tokens(text, g.content().begin(), g.content().end());
            gap.removeAll(t);
            gGap.add(gap);
        }
        List<Set<Long>> pTok = new ArrayList<>();
        Map<Long, List<Integer>> byTrim = new HashMap<>();
        Map<Long, List<Integer>> byTok = new HashMap<>();
        for (int pi = 0; pi < ps.size(); pi++) {
            StatementPrediction p = ps.get(pi);
            byTrim.computeIfAbsent(trim(text, p.begin(), p.end()), k -> new ArrayList<>()).add(pi);
            Set<Long> t = tokens(text, p.begin(), p.end());
            pTok.add(t);
            for (Long tok : t) {
                byTok.computeIfAbsent(tok, k -> new ArrayList<>()).add(pi);
            }
        }

        // (a) exact, after trimming marks and punctuation
        List<Candidate> exact = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            for (int pi : byTrim.getOrDefault(gTrim.get(gi), List.of())) {
                exact.add(new Candidate(1.0, gi, pi));
            }
        }
        c.tpExact += greedyMatch(exact).size();

        // (b) overlap: candidate pairs by token Jaccard
        List<Candidate> cands = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            Set<Long> gt = gTok.get(gi);
            Set<Integer> seen = new HashSet<>();
            for (Long tok : gt) {
                for (int pi : byTok.getOrDefault(tok, List.of())) {
                    if (!seen.add(pi)) {
                        continue;
                    }
                    Set<Long> pt = pTok.get(pi);
                    int inter = 0;
                    int union = gt.size();
                    for (Long x : pt) {
                        if (gt.contains(x)) {
                            inter++;
                        } else if (!gGap.get(gi).contains(x)) {
                            union++;
                        }
                    }
                    double jac = (double) inter / union;
                    if (jac >= JACCARD_MIN) {
                        cands.add(new Candidate(jac, gi, pi));
                    }
                }
            }
        }
        Map<Integer, Integer> content = greedyMatch(cands);
        c.tpOverlap += content.size();
        for (Map.Entry<Integer, Integer> m : content.entrySet()) {
            GoldAttribution g = golds.get(m.getKey());
            StatementPrediction p = ps.get(m.getValue());
            Tally.inc(c.kindTpGold, g.kind());
            if (isKind(p.kind())) {
                Tally.inc(c.kindTpPred, p.kind());
            }
            if (g.cue() != null) {
                Set<String> gw = lowerWords(g.cue().text());
                Set<String> pw = lowerWords(p.cue());
                c.cuePairs++;
                boolean shared = gw.stream().anyMatch(pw::contains);
                if (shared || (gw.isEmpty() && PythonText.strip(g.cue().text())
                        .equals(PythonText.strip(p.cue() == null ? "" : p.cue())))) {
                    c.cueMatches++;
                }
            }
        }

        // (c) attribution: a pronoun gold source also accepts its nearest preceding named gold source
        String[] namedAntecedent = new String[golds.size()];
        List<Integer> order = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            order.add(gi);
        }
        // List.sort is stable, as Python's sorted, so equal positions keep the file order
        order.sort(Comparator.comparingInt(gi -> {
            GoldAttribution g = golds.get(gi);
            return (g.source() != null ? g.source() : g.content()).begin();
        }));
        String lastNamed = null;
        for (int gi : order) {
            GoldSpan s = golds.get(gi).source();
            if (s == null) {
                continue;
            }
            if (isPronoun(s.text())) {
                namedAntecedent[gi] = lastNamed;
            } else if (hasCapital(s.text())) {
                lastNamed = s.text();
            }
        }
        Set<Integer> excluded = new HashSet<>();
        for (Map.Entry<Integer, Integer> m : content.entrySet()) {
            if (golds.get(m.getKey()).source() == null) {
                excluded.add(m.getValue());
            }
        }
        for (GoldAttribution g : golds) {
            if (g.source() != null) {
                c.goldWithSource++;
            }
        }
        c.predAttr += ps.size() - excluded.size();
        List<Candidate> attr = new ArrayList<>();
        for (Candidate cand : cands) {
            GoldAttribution g = golds.get(cand.gi);
            if (g.source() != null && !excluded.contains(cand.pi)
                    && speakerMatches(g.source().text(), namedAntecedent[cand.gi], ps.get(cand.pi))) {
                attr.add(cand);
            }
        }
        c.tpAttr += greedyMatch(attr).size();
    }

    /** One-to-one matching, best first; returns gold index to prediction index. */
    private static Map<Integer, Integer> greedyMatch(List<Candidate> cands) {
        List<Candidate> sorted = new ArrayList<>(cands);
        sorted.sort(BEST_FIRST);
        Set<Integer> usedP = new HashSet<>();
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (Candidate cand : sorted) {
            if (out.containsKey(cand.gi) || usedP.contains(cand.pi)) {
                continue;
            }
            usedP.add(cand.pi);
            out.put(cand.gi, cand.pi);
        }
        return out;
    }

    private static boolean speakerMatches(String goldSource, String antecedent, StatementPrediction p) {
        Set<String> pk = new HashSet<>(keys(p.speakerText()));
        pk.addAll(keys(p.actorName()));
        if (isPronoun(goldSource)) {
            String spoken = PythonText.lower(PythonText.strip(p.speakerText() == null ? "" : p.speakerText()));
            if (spoken.equals(PythonText.lower(PythonText.strip(goldSource)))) {
                return true;
            }
            return antecedent != null && !antecedent.isEmpty() && intersects(pk, keys(antecedent));
        }
        return intersects(pk, keys(goldSource));
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** [b, e) without surrounding whitespace, quotation marks and punctuation, packed as one long. */
    static long trim(int[] text, int b, int e) {
        e = Math.min(e, text.length);
        while (b < e && TRIM.indexOf(text[b]) >= 0) {
            b++;
        }
        while (e > b && TRIM.indexOf(text[e - 1]) >= 0) {
            e--;
        }
        return pack(b, e);
    }

    /** The word tokens of text[b:e] as absolute [begin, end) pairs; a word cut by the range is cut too. */
    static Set<Long> tokens(int[] text, int b, int e) {
        Set<Long> out = new HashSet<>();
        e = Math.min(e, text.length);
        int i = Math.max(b, 0);
        while (i < e) {
            if (!PythonText.isWord(text[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < e && PythonText.isWord(text[i])) {
                i++;
            }
            out.add(pack(start, i));
        }
        return out;
    }

    private static long pack(int b, int e) {
        return ((long) b << 32) | (e & 0xffffffffL);
    }

    /**
     * Head keys of a speaker string: lower-cased {last capitalised word, last word}, after cutting the phrase
     * before its first post-modifier, dropping possessive 's and ignoring stop words (unless only those remain).
     */
    static Set<String> keys(String s) {
        if (s == null || s.isEmpty()) {
            return Set.of();
        }
        s = s.replace('\u2019', '\'');
        Matcher m = CUT.matcher(s);
        if (m.find() && m.start() > 0) {
            s = s.substring(0, m.start());
        }
        s = POSSESSIVE.matcher(s).replaceAll("");
        List<String> all = PythonText.words(s);
        List<String> words = new ArrayList<>();
        for (String w : all) {
            if (!STOP.contains(PythonText.lower(w))) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            words = all;
        }
        if (words.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        out.add(PythonText.lower(words.get(words.size() - 1)));
        for (int i = words.size() - 1; i >= 0; i--) {
            if (Character.isUpperCase(words.get(i).codePointAt(0))) {
                out.add(PythonText.lower(words.get(i)));
                break;
            }
        }
        return out;
    }

    /** Whether a predicted kind is one of {@link #KINDS} (List.of would throw on a null). */
    private static boolean isKind(String kind) {
        return kind != null && KINDS.contains(kind);
    }

    static boolean isPronoun(String s) {
        return s != null && !s.isEmpty() && PRONOUNS.contains(PythonText.lower(PythonText.strip(s)));
    }

    static boolean hasCapital(String s) {
        for (String w : PythonText.words(s)) {
            if (!STOP.contains(PythonText.lower(w)) && Character.isUpperCase(w.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lowerWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : PythonText.words(s)) {
            out.add(PythonText.lower(w));
        }
        return out;
    }
}
