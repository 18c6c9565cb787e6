package io.whosaid.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads predictions exported as JSON Lines: a file, or a folder as Spark's {@code df.write.json} leaves it
 * (every {@code *.json}, {@code *.jsonl} and {@code part-*} file inside, {@code .gz} allowed; hidden and
 * {@code _} files such as {@code _SUCCESS} left out), read in path order.
 */
public final class PredictionFiles {
    private PredictionFiles() {
    }

    /**
     * Statement rows with article_id, begin, end, speaker_text, actor_name, cue and kind. A row whose begin or end
     * is not an integer (as Python's int() sees it) keeps null offsets, and the scorer counts it as "without
     * offsets"; a non-string article_id can never name a gold article and is read as null.
     */
    public static List<StatementPrediction> readStatements(Path fileOrFolder) {
        List<StatementPrediction> out = new ArrayList<>();
        for (Path f : files(fileOrFolder)) {
            for (GoldFiles.Line line : GoldFiles.readJsonl(f)) {
                JsonNode r = line.node();
                if (!r.isObject()) {
                    throw new IllegalArgumentException(line.where() + ": not a JSON object");
                }
                JsonNode aid = r.get("article_id");
                out.add(new StatementPrediction(aid != null && aid.isTextual() ? aid.asText() : null,
                        PythonText.toInt(value(r.get("begin"))), PythonText.toInt(value(r.get("end"))),
                        text(r, "speaker_text"), text(r, "actor_name"), text(r, "cue"), text(r, "kind")));
            }
        }
        return out;
    }

    /**
     * Entity rows with article_id (or id), begin, end, entity_type (or type) and optionally text; also article
     * records with an "entities" list, as score_ner.py accepts. Offsets that are not integers are an error.
     */
    public static List<EntityPrediction> readEntities(Path fileOrFolder) {
        List<EntityPrediction> out = new ArrayList<>();
        for (Path f : files(fileOrFolder)) {
            for (GoldFiles.Line line : GoldFiles.readJsonl(f)) {
                JsonNode r = line.node();
                if (!r.isObject()) {
                    throw new IllegalArgumentException(line.where() + ": not a JSON object");
                }
                JsonNode entities = r.get("entities");
                if (entities != null && entities.isArray()) {
                    String doc = pyStr(r.has("id") ? r.get("id") : r.get("article_id"));
                    for (JsonNode e : entities) {
                        out.add(entity(doc, e, line.where()));
                    }
                } else {
                    out.add(entity(pyStr(r.has("article_id") ? r.get("article_id") : r.get("id")), r, line.where()));
                }
            }
        }
        return out;
    }

    private static EntityPrediction entity(String doc, JsonNode e, String where) {
        String type = text(e, e.has("entity_type") ? "entity_type" : "type");
        return new EntityPrediction(doc, offset(e, "begin", where), offset(e, "end", where), type, text(e, "text"));
    }

    private static int offset(JsonNode node, String field, String where) {
        Integer v = PythonText.toInt(value(node.get(field)));
        if (v == null) {
            throw new IllegalArgumentException(where + ": '" + field + "' missing or not an integer");
        }
        return v;
    }

    /** The JSON value as the Java value Python's int() would see (number, string, boolean), else null. */
    private static Object value(JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        } else if (v.isBoolean()) {
            return v.booleanValue();
        } else if (v.isIntegralNumber()) {
            return v.bigIntegerValue();
        } else if (v.isNumber()) {
            return v.doubleValue();
        } else if (v.isTextual()) {
            return v.asText();
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    /** Python's str() of a JSON scalar, as score_ner.py keys predicted articles: null becomes "None". */
    private static String pyStr(JsonNode v) {
        if (v == null || v.isNull()) {
            return "None";
        } else if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** The file itself, or the prediction files of a folder, sorted by path. */
    static List<Path> files(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> isPredictionFile(fileOrFolder.relativize(p)))
                    .sorted((a, b) -> a.toString().compareTo(b.toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + fileOrFolder, e);
        }
    }

    private static boolean isPredictionFile(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false; // hidden files and folders (Spark's .crc files)
            }
        }
        String name = relative.getFileName().toString();
        if (name.startsWith("_")) {
            return false;
        }
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".json.gz")
                || name.endsWith(".jsonl.gz") || name.startsWith("part-");
    }
}
