package io.whosaid.dates;

import java.time.LocalDate;

/** When a statement was made, how precisely, and whether the text or the publication date says so. */
public record StatementDate(LocalDate date, Precision precision, String source) {
    public static final String TEXT = "text";
    public static final String PUBLISHED = "published";
}
