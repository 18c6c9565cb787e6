package io.whosaid.dates;

import io.whosaid.text.Span;

import java.time.LocalDate;

/** A date expression found in text and resolved against the publication date. */
public record DateMention(Span span, LocalDate date, Precision precision) {}
