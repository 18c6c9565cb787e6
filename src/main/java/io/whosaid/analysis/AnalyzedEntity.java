package io.whosaid.analysis;

/** One named mention with code point offsets into the cleaned article text. */
public record AnalyzedEntity(int sentenceIndex, int begin, int end, String text, String entityType, String actorId) {}
