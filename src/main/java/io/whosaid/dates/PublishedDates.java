package io.whosaid.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the publication dates that feeds and scrapes carry: ISO-8601 with or without time and
 * zone, "2025-05-12 10:00", RFC-1123 ("Mon, 12 May 2025 10:00:00 GMT"), epoch seconds or
 * milliseconds. The date is the calendar date where it was published (its own offset).
 * Anything else is empty, never a guessed year.
 */
public final class PublishedDates {
    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy/MM/dd[ HH:mm[:ss]]", Locale.ROOT));
    private static final List<DateTimeFormatter> NAMED = List.of(
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));

    private PublishedDates() {}

    public static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.matches("\\d{9,13}")) {
            long n = Long.parseLong(s);
            Instant instant = s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return plausible(instant.atOffset(ZoneOffset.UTC).toLocalDate());
        }
        try {
            return plausible(OffsetDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return plausible(ZonedDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return plausible(LocalDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return plausible(LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return plausible(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
            try {
                return plausible(LocalDate.parse(s, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : NAMED) {
            try {
                return plausible(LocalDate.parse(s, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> plausible(LocalDate d) {
        return d.getYear() >= 1800 && d.getYear() <= 2200 ? Optional.of(d) : Optional.empty();
    }
}
