package io.whosaid.dates;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublishedDatesTest {
    private static final Optional<LocalDate> MAY_12 = Optional.of(LocalDate.of(2025, 5, 12));

    @Test
    void readsTheFormatsFeedsCarry() {
        assertEquals(MAY_12, PublishedDates.parse("2025-05-12"));
        assertEquals(MAY_12, PublishedDates.parse("2025-05-12T10:00:00Z"));
        assertEquals(MAY_12, PublishedDates.parse("2025-05-12T23:30:00-04:00"));
        assertEquals(MAY_12, PublishedDates.parse("2025-05-12T10:00:00"));
        assertEquals(MAY_12, PublishedDates.parse("2025-05-12 10:00"));
        assertEquals(MAY_12, PublishedDates.parse("Mon, 12 May 2025 10:00:00 GMT"));
        assertEquals(MAY_12, PublishedDates.parse("1747044000"));
        assertEquals(MAY_12, PublishedDates.parse("1747044000000"));
        assertEquals(MAY_12, PublishedDates.parse("May 12, 2025"));
    }

    @Test
    void anythingElseIsEmptyNotAGuess() {
        assertEquals(Optional.empty(), PublishedDates.parse("last Tuesday"));
        assertEquals(Optional.empty(), PublishedDates.parse("12/05"));
        assertEquals(Optional.empty(), PublishedDates.parse(""));
        assertEquals(Optional.empty(), PublishedDates.parse(null));
        assertEquals(Optional.empty(), PublishedDates.parse("99999-01-01"));
    }
}
