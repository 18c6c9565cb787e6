package io.whosaid.eval;

import java.util.Objects;

/**
 * One gold attribution. {@code source} is null for an attribution annotated without a source (implicit
 * speaker), {@code cue} where no cue is annotated; {@code kind} is direct, indirect or mixed.
 */
public record GoldAttribution(String id, GoldSpan source, GoldSpan cue, GoldSpan content, String kind) {
    public GoldAttribution {
        Objects.requireNonNull(content, "gold attribution " + id + ": content");
        Objects.requireNonNull(kind, "gold attribution " + id + ": kind");
    }
}
