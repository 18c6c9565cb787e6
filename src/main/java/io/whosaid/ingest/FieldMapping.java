package io.whosaid.ingest;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which input field holds each contract field, e.g. text=body,published_at=date. Unmapped
 * fields are read under their contract names.
 */
public final class FieldMapping implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final Set<String> FIELDS = Set.of("id", "url", "source", "title", "published_at", "text");

    private final Map<String, String> sourceByField;

    private FieldMapping(Map<String, String> sourceByField) {
        this.sourceByField = sourceByField;
    }

    public static FieldMapping identity() {
        return new FieldMapping(Map.of());
    }

    /** Parses "text=body,published_at=date"; an unknown contract field is an error. */
    public static FieldMapping parse(String spec) {
        Map<String, String> map = new LinkedHashMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                    throw new IllegalArgumentException("field mapping '" + pair + "' must look like field=inputName, e.g. text=body");
                }
                String field = kv[0].strip();
                if (!FIELDS.contains(field)) {
                    throw new IllegalArgumentException("unknown field '" + field + "' in the field mapping; fields are " + FIELDS);
                }
                map.put(field, kv[1].strip());
            }
        }
        return new FieldMapping(Map.copyOf(map));
    }

    public String sourceOf(String field) {
        return sourceByField.getOrDefault(field, field);
    }
}
