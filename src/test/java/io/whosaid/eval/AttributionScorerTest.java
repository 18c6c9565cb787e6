package io.whosaid.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small invented fixtures whose figures were worked out by hand and agree with the official
 * score_attribution.py (the expected report is its output on the same two files).
 */
class AttributionScorerTest {
    private static final String GOLD = String.join("\n",
            "{\"id\": \"a1\", \"text\": \"Mayor Ann Smith said: \\\"We will win the vote.\\\" She added that taxes would fall.\", "
                    + "\"attributions\": ["
                    + "{\"id\": \"E1\", \"source\": {\"begin\": 0, \"end\": 15, \"text\": \"Mayor Ann Smith\"}, "
                    + "\"cue\": {\"begin\": 16, \"end\": 20, \"text\": \"said\"}, "
                    + "\"content\": {\"begin\": 22, \"end\": 45, \"text\": \"\\\"We will win the vote.\\\"\"}, \"kind\": \"direct\"}, "
                    + "{\"id\": \"E2\", \"source\": {\"begin\": 46, \"end\": 49, \"text\": \"She\"}, "
                    + "\"cue\": {\"begin\": 50, \"end\": 55, \"text\": \"added\"}, "
                    + "\"content\": {\"begin\": 56, \"end\": 77, \"text\": \"that taxes would fall\"}, \"kind\": \"indirect\"}]}",
            "",
            "{\"id\": \"a2\", \"text\": \"\\\"The plan works,\\\" the minister said, \\\"and it is cheap.\\\" It was said that costs "
                    + "will rise. Critics doubt it.\", \"attributions\": ["
                    + "{\"id\": \"E1\", \"source\": {\"begin\": 18, \"end\": 30, \"text\": \"the minister\"}, "
                    + "\"cue\": {\"begin\": 31, \"end\": 35, \"text\": \"said\"}, "
                    + "\"content\": {\"begin\": 0, \"end\": 55, \"text\": \"\\\"The plan works,\\\" the minister said, \\\"and it is cheap.\\\"\", "
                    + "\"fragments\": [{\"begin\": 0, \"end\": 17}, {\"begin\": 37, \"end\": 55}]}, \"kind\": \"direct\"}, "
                    + "{\"id\": \"E2\", \"source\": null, \"cue\": {\"begin\": 59, \"end\": 67, \"text\": \"was said\"}, "
                    + "\"content\": {\"begin\": 73, \"end\": 88, \"text\": \"costs will rise\"}, \"kind\": \"indirect\"}]}");

    private static final String PREDICTIONS = String.join("\n",
            // exact after trimming the quotes; speaker by last name
            "{\"article_id\": \"a1\", \"begin\": 23, \"end\": 44, \"speaker_text\": \"Smith\", \"actor_name\": null, \"cue\": \"said\", \"kind\": \"direct\"}",
            // overlap 3/4; gold source "She" matched through its named antecedent (Mayor Ann Smith) by actor_name
            "{\"article_id\": \"a1\", \"begin\": 61, \"end\": 78, \"speaker_text\": \"he\", \"actor_name\": \"Ann Smith\", \"cue\": \"said\", \"kind\": \"direct\"}",
            // discontinuous gold: the interrupting words are neutral, so Jaccard is 1
            "{\"article_id\": \"a2\", \"begin\": 1, \"end\": 53, \"speaker_text\": \"minister\", \"actor_name\": null, \"cue\": \"says\", \"kind\": \"mixed\"}",
            // matches the sourceless gold: counted for content, left out of attribution
            "{\"article_id\": \"a2\", \"begin\": 73, \"end\": 88, \"speaker_text\": null, \"actor_name\": null, \"cue\": \"said\", \"kind\": \"indirect\"}",
            // a false positive
            "{\"article_id\": \"a2\", \"begin\": 90, \"end\": 106, \"speaker_text\": \"Critics\", \"actor_name\": null, \"cue\": \"doubt\", \"kind\": \"indirect\"}",
            "{\"article_id\": \"zz\", \"begin\": 0, \"end\": 4, \"speaker_text\": \"x\"}",
            "{\"article_id\": \"a1\", \"begin\": 70, \"end\": 200, \"speaker_text\": \"x\"}",
            "{\"article_id\": \"a1\", \"end\": 4, \"speaker_text\": \"x\"}");

    /** score_attribution.py's output on GOLD and PREDICTIONS. */
    private static final List<String> PYTHON_REPORT = List.of(
            "articles=2 gold_attributions=4 predictions=5 (ignored: 1 for articles not in gold, 1 without offsets, 1 with offsets outside the text)",
            "metric                                 tp   pred   gold       P      R     F1",
            "content exact (trimmed)                 3      5      4   0.600  0.750  0.667",
            "content overlap (Jaccard>=0.5)          4      5      4   0.800  1.000  0.889",
            "attribution (overlap + speaker)         3      4      3   0.750  1.000  0.857",
            "content overlap by kind (recall by gold kind; precision by predicted kind):",
            "  direct    gold=    2 pred=    2  P=1.000 R=1.000 F1=1.000",
            "  indirect  gold=    2 pred=    2  P=0.500 R=1.000 F1=0.667",
            "  mixed     gold=    0 pred=    1  P=1.000 R=0.000 F1=0.000",
            "cue_match=0.500 (of 4 content-matched pairs with a gold cue)",
            "attribution_f1=0.857 content_f1=0.889");

    @Test
    void scoresLikeThePythonScorer(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Path preds = dir.resolve("preds.jsonl");
        Files.writeString(gold, GOLD, StandardCharsets.UTF_8);
        Files.writeString(preds, PREDICTIONS, StandardCharsets.UTF_8);

        AttributionScore s = AttributionScorer.score(GoldFiles.readAttributionGold(gold), PredictionFiles.readStatements(preds));

        assertEquals(2, s.articles());
        assertEquals(4, s.goldAttributions());
        assertEquals(5, s.predictions());
        assertEquals(1, s.ignoredOtherArticles());
        assertEquals(1, s.ignoredWithoutOffsets());
        assertEquals(1, s.ignoredBadOffsets());
        assertEquals(new Prf(3, 5, 4), s.contentExact());
        assertEquals(new Prf(4, 5, 4), s.contentOverlap());
        assertEquals(new Prf(3, 4, 3), s.attribution());
        assertEquals(0.6, s.contentExact().precision(), 1e-9);
        assertEquals(0.75, s.contentExact().recall(), 1e-9);
        assertEquals(8.0 / 9, s.contentF1(), 1e-9);
        assertEquals(6.0 / 7, s.attributionF1(), 1e-9);
        assertEquals(new KindScore("direct", 2, 2, 2, 2), s.byKind().get("direct"));
        assertEquals(new KindScore("indirect", 2, 2, 2, 1), s.byKind().get("indirect"));
        assertEquals(new KindScore("mixed", 0, 1, 0, 1), s.byKind().get("mixed"));
        assertEquals(0.0, s.byKind().get("mixed").f1());
        assertTrue(s.havePredictedKind());
        assertEquals(0.5, s.cueMatch().orElseThrow(), 1e-9);
        assertEquals(PYTHON_REPORT, s.reportLines());
        assertEquals(String.join("\n", PYTHON_REPORT) + "\n", s.report());
    }

    @Test
    void tiesGoToTheFirstGoldAndOffsetsAreCodePoints() {
        String t3 = "Jones said: alpha beta gamma delta epsilon zeta. Brown agreed.";
        String t4 = "\uD83C\uDFA4 He said \u201cG\u00f6 n\u00f6w\u201d. \uD83D\uDE00 He said r\u00e9sum\u00e9s matter.";
        List<GoldAttributionArticle> gold = List.of(
                new GoldAttributionArticle("a3", t3, List.of(
                        new GoldAttribution("E1", new GoldSpan(0, 5, "Jones"), null,
                                new GoldSpan(12, 34, "alpha beta gamma delta"), "indirect"),
                        new GoldAttribution("E2", new GoldSpan(49, 54, "Brown"), new GoldSpan(55, 61, "agreed"),
                                new GoldSpan(23, 47, "gamma delta epsilon zeta"), "indirect"))),
                new GoldAttributionArticle("a4", t4, List.of(
                        new GoldAttribution("E1", new GoldSpan(2, 4, "He"), new GoldSpan(5, 9, "said"),
                                new GoldSpan(10, 18, "\u201cG\u00f6 n\u00f6w\u201d"), "direct"),
                        new GoldAttribution("E2", new GoldSpan(22, 24, "He"), new GoldSpan(25, 29, "said"),
                                new GoldSpan(30, 44, "r\u00e9sum\u00e9s matter"), "indirect"))));
        List<StatementPrediction> preds = List.of(
                // Jaccard 0.5 with both golds: content goes to E1 (first gold), yet the speaker only fits E2,
                // and attribution matches on its own candidates
                new StatementPrediction("a3", 23, 34, "Brown", null, "said", null),
                // code point offsets: in UTF-16 the microphone emoji would shift them by one
                new StatementPrediction("a4", 11, 17, "he", null, "said", null),
                // pronoun gold without a named antecedent: another name does not match
                new StatementPrediction("a4", 30, 45, "Jones", null, "SAID", null));

        AttributionScore s = AttributionScorer.score(gold, preds);

        assertEquals(new Prf(2, 3, 4), s.contentExact());
        assertEquals(new Prf(3, 3, 4), s.contentOverlap());
        assertEquals(new Prf(2, 3, 4), s.attribution());
        assertFalse(s.havePredictedKind());
        assertEquals(2, s.cuePairs()); // the tie went to E1, which has no cue
        assertEquals(2, s.cueMatches());
        assertEquals(List.of(
                "content overlap by kind (recall by gold kind; no predicted kind column):",
                "  direct    gold=    1  R=1.000",
                "  indirect  gold=    3  R=0.667",
                "  mixed     gold=    0  R=0.000",
                "cue_match=1.000 (of 2 content-matched pairs with a gold cue)",
                "attribution_f1=0.571 content_f1=0.857"), s.reportLines().subList(5, 11));
    }

    @Test
    void speakerKeysFollowTheScript() {
        assertEquals(Set.of("spokesman"), AttributionScorer.keys("a spokesman for the State Department"));
        assertEquals(Set.of("campaign", "trump"), AttributionScorer.keys("Trump\u2019s campaign"));
        assertEquals(Set.of("aide", "clinton"), AttributionScorer.keys("Hillary Clinton's aide"));
        assertEquals(Set.of("kaine"), AttributionScorer.keys("Sen. Tim Kaine, who"));
        assertEquals(Set.of("obama"), AttributionScorer.keys("Mr. and Mrs. Obama"));
        assertEquals(Set.of("officials"), AttributionScorer.keys("officials at the White House"));
        assertEquals(Set.of("the"), AttributionScorer.keys("the"));
        assertEquals(Set.of("said"), AttributionScorer.keys(", he said")); // a cut at the very start is not made
        assertEquals(Set.of("\u03c3\u03bf\u03c6\u03bf\u03c2_x"), AttributionScorer.keys("\u03a3\u039f\u03a6\u039f\u03a3_x"));
        assertEquals(Set.of(), AttributionScorer.keys(""));
        assertEquals(Set.of(), AttributionScorer.keys(null));
        assertTrue(AttributionScorer.isPronoun(" She "));
        assertFalse(AttributionScorer.hasCapital("the Mr"));
        assertTrue(AttributionScorer.hasCapital("the minister of Iran"));
    }

    @Test
    void noPredictionsScoreZero() {
        GoldAttributionArticle a = new GoldAttributionArticle("a", "He said yes.", List.of(
                new GoldAttribution("E1", new GoldSpan(0, 2, "He"), null, new GoldSpan(8, 11, "yes"), "indirect")));
        AttributionScore s = AttributionScorer.score(List.of(a), List.of());
        assertEquals(0.0, s.attributionF1());
        assertEquals("attribution_f1=0.000 content_f1=0.000", s.reportLines().get(s.reportLines().size() - 1));
        assertTrue(s.cueMatch().isEmpty());
    }
}
