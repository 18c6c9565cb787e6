package io.whosaid.text;

import java.util.List;

/** A sentence: its index in the article, its paragraph, its range and its tokens. */
public record Sentence(int index, int paragraph, Span span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public String text(String articleText) {
        return span.of(articleText);
    }
}
