package io.whosaid.eval;

import java.util.Objects;

/** A gold article as pipeline input: the contract's fields (url, source, title and published_at may be null). */
public record GoldArticle(String id, String url, String source, String title, String publishedAt, String text) {
    public GoldArticle {
        Objects.requireNonNull(id, "gold article id");
        Objects.requireNonNull(text, "gold article " + id + ": text");
    }
}
