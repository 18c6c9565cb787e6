package io.whosaid.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gold sets (attribution and NER JSON Lines, one article a line) and writes their articles as
 * pipeline input, so the job can be run on exactly the gold texts. Malformed gold is an error naming the file
 * and line: a scorer that silently skipped gold would report better figures than it should.
 */
public final class GoldFiles {
    /** Articles can be long; the same limits as the job's own JSON reader. */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).maxStringLength(50_000_000).build())
            .build());

    private GoldFiles() {
    }

    /** A parsed JSON Lines record with where it came from, for error messages. */
    record Line(String where, JsonNode node) {
    }

    /** The records of a JSON Lines file ({@code .gz} allowed); blank lines are skipped, as the scorers do. */
    static List<Line> readJsonl(Path path) {
        List<Line> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                String trimmed = PythonText.strip(line);
                if (trimmed.isEmpty()) {
                    continue;
                }
                String where = path + ":" + n;
                try {
                    out.add(new Line(where, MAPPER.readTree(trimmed)));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(where + ": not JSON (" + e.getOriginalMessage() + ")", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return out;
    }

    /** The attribution gold: id, text and attributions with source, cue and content spans and kind. */
    /** "attribution" or "ner": what the gold file's first record annotates. */
    public static String kindOf(Path path) {
        List<Line> lines = readJsonl(path);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(path + " holds no gold records");
        }
        JsonNode first = lines.get(0).node();
        if (first.has("attributions")) {
            return "attribution";
        }
        if (first.has("entities")) {
            return "ner";
        }
        if (first.has("polarity")) {
            return "sentiment";
        }
        throw new IllegalArgumentException(path + ": a gold record needs 'attributions', 'entities' or 'polarity'");
    }

    public static List<GoldAttributionArticle> readAttributionGold(Path path) {
        List<GoldAttributionArticle> out = new ArrayList<>();
        for (Line line : readJsonl(path)) {
            JsonNode r = object(line.node(), line.where());
            String id = string(r, "id", line.where());
            String text = string(r, "text", line.where());
            String where = line.where() + " (" + id + ")";
            List<GoldAttribution> attributions = new ArrayList<>();
            for (JsonNode a : array(r, "attributions", where)) {
                String aid = a.hasNonNull("id") ? a.get("id").asText() : null;
                String at = where + " attribution " + aid;
                if (!a.has("source")) {
                    // the script reads g['source'] for every attribution; null is allowed, a missing key is not
                    throw new IllegalArgumentException(at + ": no 'source' (null when there is none)");
                }
                attributions.add(new GoldAttribution(aid, span(a.get("source"), at + " source", false),
                        span(a.get("cue"), at + " cue", false), span(a.get("content"), at + " content", true),
                        string(a, "kind", at)));
            }
            out.add(new GoldAttributionArticle(id, text, attributions));
        }
        return out;
    }

    /** The NER gold: id, text and entities with begin, end and type. */
    public static List<GoldNerArticle> readNerGold(Path path) {
        List<GoldNerArticle> out = new ArrayList<>();
        for (Line line : readJsonl(path)) {
            JsonNode r = object(line.node(), line.where());
            String id = string(r, "id", line.where());
            String where = line.where() + " (" + id + ")";
            String text = r.hasNonNull("text") ? string(r, "text", where) : "";
            List<GoldEntity> entities = new ArrayList<>();
            for (JsonNode e : array(r, "entities", where)) {
                if (!e.has("type")) {
                    throw new IllegalArgumentException(where + ": entity without 'type'");
                }
                entities.add(new GoldEntity(integer(e, "begin", where), integer(e, "end", where),
                        e.get("type").isNull() ? null : e.get("type").asText()));
            }
            out.add(new GoldNerArticle(id, text, entities));
        }
        return out;
    }

    /** The sentiment gold: each example's id and the label of its sentence towards its target. */
    public static List<GoldSentiment> readSentimentGold(Path path) {
        List<GoldSentiment> out = new ArrayList<>();
        for (Line line : readJsonl(path)) {
            JsonNode r = object(line.node(), line.where());
            String id = string(r, "id", line.where());
            try {
                out.add(new GoldSentiment(id, string(r, "polarity", line.where())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(line.where() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The articles of any gold file (or of a pipeline input file): the contract's fields. */
    public static List<GoldArticle> readArticles(Path path) {
        List<GoldArticle> out = new ArrayList<>();
        for (Line line : readJsonl(path)) {
            JsonNode r = object(line.node(), line.where());
            out.add(new GoldArticle(string(r, "id", line.where()), scalar(r, "url"), scalar(r, "source"),
                    scalar(r, "title"), scalar(r, "published_at"), string(r, "text", line.where())));
        }
        return out;
    }

    /**
     * Writes the articles as the job's input, one JSON object a line with id, url, source, title, published_at
     * and text (null where unknown). The gold texts carry no separate title (the attribution gold has it on the
     * first line of the text), and the text is written unchanged so the gold offsets stay valid.
     */
    public static void writePipelineInput(List<GoldArticle> articles, Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (GoldArticle a : articles) {
                    ObjectNode node = MAPPER.createObjectNode();
                    node.put("id", a.id());
                    node.put("url", a.url());
                    node.put("source", a.source());
                    node.put("title", a.title());
                    node.put("published_at", a.publishedAt());
                    node.put("text", a.text());
                    w.write(MAPPER.writeValueAsString(node));
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /** Reads a gold file and writes its articles as pipeline input; returns the number of articles. */
    public static int writePipelineInput(Path gold, Path out) {
        List<GoldArticle> articles = readArticles(gold);
        writePipelineInput(articles, out);
        return articles.size();
    }

    private static JsonNode object(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + ": not a JSON object");
        }
        return node;
    }

    private static String string(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(where + ": '" + field + "' missing or not a string");
        }
        return v.asText();
    }

    private static String scalar(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static int integer(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException(where + ": '" + field + "' missing or not an integer");
        }
        return v.intValue();
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException(where + ": '" + field + "' missing or not a list");
        }
        return v;
    }

    /** A gold span; null for JSON null or an absent key unless required (an absent or null cue means none). */
    private static GoldSpan span(JsonNode node, String where, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                throw new IllegalArgumentException(where + ": missing");
            }
            return null;
        }
        object(node, where);
        List<TextRange> fragments = new ArrayList<>();
        JsonNode frags = node.get("fragments");
        if (frags != null && frags.isArray()) {
            for (JsonNode f : frags) {
                fragments.add(new TextRange(integer(f, "begin", where), integer(f, "end", where)));
            }
        }
        return new GoldSpan(integer(node, "begin", where), integer(node, "end", where),
                string(node, "text", where), fragments);
    }
}
