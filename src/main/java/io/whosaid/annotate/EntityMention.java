package io.whosaid.annotate;

import io.whosaid.text.Span;

/** A named mention: its range in the article text, its words and type (PERSON, ORG, LOC, MISC). */
public record EntityMention(int sentenceIndex, Span span, String text, String type) {}
