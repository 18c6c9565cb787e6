package io.whosaid.eval;

import java.util.List;
import java.util.Objects;

/** An article of the attribution gold set: its id, its text and its annotated attributions. */
public record GoldAttributionArticle(String id, String text, List<GoldAttribution> attributions) {
    public GoldAttributionArticle {
        Objects.requireNonNull(id, "gold article id");
        Objects.requireNonNull(text, "gold article " + id + ": text");
        attributions = List.copyOf(Objects.requireNonNull(attributions, "gold article " + id + ": attributions"));
    }
}
