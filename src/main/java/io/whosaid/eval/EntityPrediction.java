package io.whosaid.eval;

import java.util.Objects;

/**
 * One predicted entity mention, a row of the {@code entities} table: offsets in code points (end exclusive
 * unless the scorer is told otherwise), the predicted type, and the mention text if known (null otherwise),
 * used only to count offset errors.
 */
public record EntityPrediction(String articleId, int begin, int end, String entityType, String text) {
    public EntityPrediction {
        Objects.requireNonNull(articleId, "entity prediction article id");
    }
}
