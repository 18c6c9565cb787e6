package io.whosaid.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldFilesTest {
    private static final String TEXT = "Headline \uD83D\uDE00\n\nAnn said \u201cyes\u201d.";
    private static final String GOLD = "{\"id\": \"a1\", \"published_at\": \"2016-09-12\", \"source\": \"Paper\", "
            + "\"text\": \"Headline \\ud83d\\ude00\\n\\nAnn said \\u201cyes\\u201d.\", \"annotator\": \"x\", \"attributions\": ["
            + "{\"id\": \"E1\", \"source\": {\"begin\": 12, \"end\": 15, \"text\": \"Ann\"}, \"cue\": null, "
            + "\"content\": {\"begin\": 21, \"end\": 26, \"text\": \"\\u201cyes\\u201d\", "
            + "\"fragments\": [{\"begin\": 21, \"end\": 26}]}, \"kind\": \"direct\"}]}\n";

    @Test
    void readsTheAttributionGold(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD, StandardCharsets.UTF_8);
        List<GoldAttributionArticle> articles = GoldFiles.readAttributionGold(gold);
        assertEquals(1, articles.size());
        GoldAttribution a = articles.get(0).attributions().get(0);
        assertEquals(TEXT, articles.get(0).text());
        assertEquals("Ann", a.source().text());
        assertNull(a.cue());
        assertEquals(List.of(new TextRange(21, 26)), a.content().parts());
        assertEquals("direct", a.kind());
    }

    @Test
    void writesTheArticlesAsPipelineInput(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD, StandardCharsets.UTF_8);
        Path input = dir.resolve("in/input.jsonl");
        assertEquals(1, GoldFiles.writePipelineInput(gold, input));
        List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
        assertEquals(1, lines.size());
        JsonNode n = new ObjectMapper().readTree(lines.get(0));
        assertEquals(List.of("id", "url", "source", "title", "published_at", "text"), List.copyOf(iterable(n)));
        assertEquals("a1", n.get("id").asText());
        assertTrue(n.get("url").isNull());
        assertTrue(n.get("title").isNull());
        assertEquals("Paper", n.get("source").asText());
        assertEquals("2016-09-12", n.get("published_at").asText());
        assertEquals(TEXT, n.get("text").asText()); // unchanged, so the gold offsets stay valid
    }

    @Test
    void malformedGoldNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "\n{\"id\": \"a1\", \"text\": \"x\", \"attributions\": "
                + "[{\"id\": \"E1\", \"source\": null, \"kind\": \"direct\"}]}\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldFiles.readAttributionGold(gold));
        assertEquals(gold + ":2 (a1) attribution E1 content: missing", e.getMessage());
        Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": ", StandardCharsets.UTF_8);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GoldFiles.readNerGold(broken))
                .getMessage().startsWith(broken + ":1: not JSON"));
    }

    @Test
    void statementRowsKeepUnusableOffsetsAsNull(@TempDir Path dir) throws IOException {
        Path preds = Files.writeString(dir.resolve("p.jsonl"), String.join("\n",
                "{\"article_id\": \"a1\", \"begin\": \" 12 \", \"end\": 15.9, \"kind\": \"direct\"}",
                "{\"article_id\": \"a1\", \"begin\": \"12.0\", \"end\": 15}",
                "{\"article_id\": 7, \"begin\": 1, \"end\": 2, \"speaker_text\": \"Ann\"}"), StandardCharsets.UTF_8);
        List<StatementPrediction> p = PredictionFiles.readStatements(preds);
        assertEquals(new StatementPrediction("a1", 12, 15, null, null, null, "direct"), p.get(0));
        assertNull(p.get(1).begin()); // Python's int("12.0") fails
        assertNull(p.get(2).articleId()); // a number never names a gold article
    }

    private static List<String> iterable(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
