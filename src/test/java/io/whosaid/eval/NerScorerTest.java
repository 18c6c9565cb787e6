package io.whosaid.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An invented two-article fixture, figures by hand, report as score_ner.py prints it for the same files. */
class NerScorerTest {
    private static final String GOLD = String.join("\n",
            "{\"id\": \"n1\", \"text\": \"Angela Merkel visited Paris and met Renault on Monday.\", \"entities\": ["
                    + "{\"begin\": 0, \"end\": 13, \"text\": \"Angela Merkel\", \"type\": \"PERSON\"}, "
                    + "{\"begin\": 22, \"end\": 27, \"text\": \"Paris\", \"type\": \"LOC\"}, "
                    + "{\"begin\": 36, \"end\": 43, \"text\": \"Renault\", \"type\": \"ORG\"}]}",
            "{\"id\": \"n2\", \"text\": \"The French team beat Brazil.\", \"entities\": ["
                    + "{\"begin\": 4, \"end\": 10, \"text\": \"French\", \"type\": \"MISC\"}, "
                    + "{\"begin\": 21, \"end\": 27, \"text\": \"Brazil\", \"type\": \"ORG\"}]}");

    private static final List<String> PREDICTIONS = List.of(
            "{\"article_id\": \"n1\", \"begin\": 0, \"end\": 13, \"entity_type\": \"PER\", \"text\": \"Angela Merkel\"}",
            "{\"article_id\": \"n1\", \"begin\": 7, \"end\": 13, \"entity_type\": \"PERSON\", \"text\": \"Merkel\"}",
            "{\"article_id\": \"n1\", \"begin\": 22, \"end\": 27, \"entity_type\": \"GPE\", \"text\": \"Paris\"}",
            "{\"article_id\": \"n1\", \"begin\": 36, \"end\": 43, \"entity_type\": \"PRODUCT\", \"text\": \"Renault\"}",
            "{\"article_id\": \"n1\", \"begin\": 47, \"end\": 53, \"entity_type\": \"DATE\", \"text\": \"Monday\"}",
            "{\"article_id\": \"n2\", \"begin\": 4, \"end\": 15, \"entity_type\": \"NORP\", \"text\": \"French team\"}",
            "{\"article_id\": \"n2\", \"begin\": 21, \"end\": 27, \"entity_type\": \"LOC\", \"text\": \"Brazil\"}",
            "{\"article_id\": \"n2\", \"begin\": 21, \"end\": 27, \"entity_type\": \"loc\", \"text\": \"Brasil\"}",
            "{\"article_id\": \"n9\", \"begin\": 0, \"end\": 3, \"entity_type\": \"ORG\"}");

    private static final List<String> PYTHON_REPORT = List.of(
            "articles=2 gold_mentions=5 pred_mentions=6 (rows=9, other articles=1, dropped types=1, text!=doc[begin:end]: 1)",
            "mode     type           P       R      F1     tp   pred   gold",
            "exact    PERSON    0.5000  1.0000  0.6667      1      2      1",
            "exact    ORG       0.0000  0.0000  0.0000      0      0      2",
            "exact    LOC       0.5000  1.0000  0.6667      1      2      1",
            "exact    MISC      0.0000  0.0000  0.0000      0      2      1",
            "exact    ALL       0.3333  0.4000  0.3636      2      6      5",
            "lenient  PERSON    0.5000  1.0000  0.6667      1      2      1",
            "lenient  ORG       0.0000  0.0000  0.0000      0      0      2",
            "lenient  LOC       0.5000  1.0000  0.6667      1      2      1",
            "lenient  MISC      0.5000  1.0000  0.6667      1      2      1",
            "lenient  ALL       0.5000  0.6000  0.5455      3      6      5",
            "untyped  ALL       0.6667  0.8000  0.7273      4      6      5",
            "ner_f1=0.364");

    private static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void scoresLikeThePythonScorer(@TempDir Path dir) throws IOException {
        Path gold = write(dir, "gold.jsonl", GOLD);
        Path preds = write(dir, "preds.jsonl", String.join("\n", PREDICTIONS) + "\n");

        NerScore s = NerScorer.score(GoldFiles.readNerGold(gold), PredictionFiles.readEntities(preds));

        assertEquals(5, s.goldMentions());
        assertEquals(6, s.predMentions()); // the two Brazil rows are one mention
        assertEquals(9, s.rows());
        assertEquals(1, s.otherArticles());
        assertEquals(1, s.droppedTypes());
        assertEquals(1, s.textMismatches());
        assertEquals(new Prf(2, 6, 5), s.exact().get("ALL"));
        assertEquals(new Prf(1, 2, 1), s.exact().get("LOC")); // GPE folded into LOC
        assertEquals(new Prf(3, 6, 5), s.lenient().get("ALL"));
        assertEquals(new Prf(1, 2, 1), s.lenient().get("PERSON")); // one-to-one: Merkel stays unmatched
        assertEquals(new Prf(4, 6, 5), s.untyped());
        assertEquals(2 * (1.0 / 3) * 0.4 / (1.0 / 3 + 0.4), s.nerF1(), 1e-12);
        assertEquals(PYTHON_REPORT, s.reportLines());
    }

    @Test
    void readsASparkOutputFolderAndInclusiveEnds(@TempDir Path dir) throws IOException {
        Path gold = write(dir, "gold.jsonl", GOLD);
        Path out = dir.resolve("entities");
        // inclusive ends as Spark NLP writes them, split over a plain part, a gzipped part and an article record
        write(out, "part-00000-x.json", "{\"article_id\": \"n1\", \"begin\": 0, \"end\": 12, \"entity_type\": \"PER\", \"text\": \"Angela Merkel\"}\n");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out.resolve("part-00001-x.json.gz")))) {
            o.write("{\"article_id\": \"n2\", \"begin\": 21, \"end\": 26, \"type\": \"ORG\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        write(out, "sub/more.jsonl", "{\"id\": \"n2\", \"entities\": [{\"begin\": 4, \"end\": 9, \"entity_type\": \"NORP\"}]}\n");
        write(out, "_SUCCESS", "");
        write(out, ".part-00000-x.json.crc", "{\"article_id\": \"n1\", \"begin\": 36, \"end\": 42, \"entity_type\": \"ORG\"}\n");

        NerScore s = NerScorer.score(GoldFiles.readNerGold(gold), PredictionFiles.readEntities(out), false, true);

        assertEquals(3, s.rows());
        assertEquals(0, s.textMismatches());
        assertEquals(new Prf(3, 3, 5), s.exact().get("ALL"));
        assertEquals("ner_f1=0.750", s.reportLines().get(s.reportLines().size() - 1));
    }

    @Test
    void keepGpeScoresGpeApart() {
        GoldNerArticle a = new GoldNerArticle("g", "Paris is in France.", List.of(
                new GoldEntity(0, 5, "LOC"), new GoldEntity(12, 18, "GPE")));
        List<EntityPrediction> p = List.of(new EntityPrediction("g", 0, 5, "GPE", "Paris"),
                new EntityPrediction("g", 12, 18, "GPE", "France"));
        NerScore folded = NerScorer.score(List.of(a), p);
        assertEquals(new Prf(2, 2, 2), folded.exact().get("ALL"));
        NerScore kept = NerScorer.score(List.of(a), p, true, false);
        assertEquals(List.of("PERSON", "ORG", "LOC", "MISC", "GPE", "ALL"), List.copyOf(kept.exact().keySet()));
        assertEquals(new Prf(1, 2, 1), kept.exact().get("GPE"));
        assertEquals(new Prf(0, 0, 1), kept.exact().get("LOC"));
    }

    @Test
    void manyOffsetErrorsPrintTheWarning() {
        GoldNerArticle a = new GoldNerArticle("g", "Ann Lee spoke.", List.of(new GoldEntity(0, 7, "PERSON")));
        NerScore s = NerScorer.score(List.of(a), List.of(new EntityPrediction("g", 0, 6, "PERSON", "Ann Lee")));
        assertEquals("warning: many predicted texts differ from the article text at [begin:end]; "
                + "are the offsets end-inclusive (--end-inclusive)?", s.reportLines().get(1));
    }

    @Test
    void badOffsetsAreAnError(@TempDir Path dir) throws IOException {
        Path preds = write(dir, "p.jsonl", "{\"article_id\": \"n1\", \"begin\": \"x\", \"end\": 3, \"entity_type\": \"ORG\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PredictionFiles.readEntities(preds));
        assertEquals(preds + ":1: 'begin' missing or not an integer", e.getMessage());
    }
}
