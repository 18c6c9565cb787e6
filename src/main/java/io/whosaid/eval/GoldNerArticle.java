package io.whosaid.eval;

import java.util.List;
import java.util.Objects;

/** An article of the NER gold set: its id, its text and its annotated entity mentions. */
public record GoldNerArticle(String id, String text, List<GoldEntity> entities) {
    public GoldNerArticle {
        Objects.requireNonNull(id, "gold article id");
        text = text == null ? "" : text;
        entities = List.copyOf(Objects.requireNonNull(entities, "gold article " + id + ": entities"));
    }
}
