package io.whosaid.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parses one JSON Lines record into the contract's fields, or says why it cannot: not valid
 * JSON, not an object, no text field. Plain Java, one instance per partition.
 */
public final class JsonRecordParser {
    private final ObjectMapper mapper;
    private final FieldMapping mapping;

    public JsonRecordParser(FieldMapping mapping) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).maxStringLength(50_000_000).build())
                .build();
        this.mapper = new ObjectMapper(factory);
        this.mapping = mapping;
    }

    /** The fields of a record: id, url, source, title, published_at, text; or a reject reason. */
    public record Parsed(String id, String url, String source, String title, String publishedAt, String text, String rejectReason) {
        static Parsed reject(String reason) {
            return new Parsed(null, null, null, null, null, null, reason);
        }
    }

    public Parsed parse(String line) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return Parsed.reject("not valid JSON (" + truncate(message, 160) + ")");
        }
        if (node == null || !node.isObject()) {
            return Parsed.reject("not a JSON object");
        }
        String textField = mapping.sourceOf("text");
        JsonNode text = node.get(textField);
        if (text == null || text.isNull()) {
            return Parsed.reject("no text field ('" + textField + "')");
        }
        if (!text.isTextual()) {
            return Parsed.reject("text field ('" + textField + "') is not a string");
        }
        return new Parsed(value(node, "id"), value(node, "url"), value(node, "source"), value(node, "title"),
                value(node, "published_at"), text.asText(), null);
    }

    private String value(JsonNode node, String field) {
        JsonNode v = node.get(mapping.sourceOf(field));
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        return v.asText();
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
