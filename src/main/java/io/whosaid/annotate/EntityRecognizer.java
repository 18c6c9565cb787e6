package io.whosaid.annotate;

import io.whosaid.text.Sentence;

import java.util.List;

/** Finds the named entities of an article's sentences (PERSON, ORG, LOC, MISC), offsets into its text. */
public interface EntityRecognizer {
    List<EntityMention> recognize(String text, List<Sentence> sentences);
}
