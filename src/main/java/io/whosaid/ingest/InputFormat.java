package io.whosaid.ingest;

import java.util.Locale;

/** The input formats whosaid reads; chosen by file extension unless given. */
public enum InputFormat {
    JSONL, CSV, PARQUET, TXT;

    public static InputFormat ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String suffix : new String[] {".gz", ".bz2", ".deflate", ".zst"}) {
            if (n.endsWith(suffix)) {
                n = n.substring(0, n.length() - suffix.length());
            }
        }
        if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) {
            return JSONL;
        }
        if (n.endsWith(".csv")) {
            return CSV;
        }
        if (n.endsWith(".parquet")) {
            return PARQUET;
        }
        if (n.endsWith(".txt")) {
            return TXT;
        }
        return null;
    }
}
