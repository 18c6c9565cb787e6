package io.whosaid.dates;

import io.whosaid.text.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateExpressionsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 12); // a Monday
    private final DateExpressions dates = new DateExpressions();

    private DateMention one(String text, LocalDate published) {
        List<DateMention> found = dates.find(text, new Span(0, text.length()), published);
        assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
        return found.get(0);
    }

    @Test
    void aDayWordNamesADayInAnyCase() {
        assertTrue(DateExpressions.isDayWord("Yesterday"));
        assertTrue(DateExpressions.isDayWord("MONDAY"));
        assertFalse(DateExpressions.isDayWord("Citicorp"));
        assertFalse(DateExpressions.isDayWord("May"), "a month is not a day");
    }

    @Test
    void yearlessDayTakesThePublicationYear() {
        assertEquals(LocalDate.of(2025, 5, 11), one("told reporters on May 11", PUBLISHED).date());
    }

    @Test
    void yearlessDayAfterPublicationIsLastYear() {
        assertEquals(LocalDate.of(2024, 12, 30), one("said on Dec. 30", LocalDate.of(2025, 1, 3)).date());
    }

    @Test
    void aLeadWordThatOpensTheSentenceCounts() {
        DateMention year = one("In 2019, the minister said", PUBLISHED);
        assertEquals(LocalDate.of(2019, 1, 1), year.date());
        assertEquals(Precision.YEAR, year.precision());
        DateMention month = one("In January, the minister said", PUBLISHED);
        assertEquals(LocalDate.of(2025, 1, 1), month.date());
        assertEquals(Precision.MONTH, month.precision());
        assertEquals(LocalDate.of(2024, 6, 1), one("Since June 2024 the talks", PUBLISHED).date());
    }

    @Test
    void lastOrThisMonthAndYearHaveTheirPrecision() {
        DateMention lastMonth = one("the minister said last month", PUBLISHED);
        assertEquals(LocalDate.of(2025, 4, 1), lastMonth.date());
        assertEquals(Precision.MONTH, lastMonth.precision());
        assertEquals(LocalDate.of(2024, 12, 1), one("said last month", LocalDate.of(2025, 1, 9)).date(), "across the new year");
        assertEquals(LocalDate.of(2025, 5, 1), one("said earlier this month", PUBLISHED).date());
        DateMention lastYear = one("Last year, the minister said", PUBLISHED);
        assertEquals(LocalDate.of(2024, 1, 1), lastYear.date());
        assertEquals(Precision.YEAR, lastYear.precision());
        assertEquals(LocalDate.of(2025, 1, 1), one("said earlier this year", PUBLISHED).date());
        assertTrue(dates.find("said last month", new Span(0, 15), null).isEmpty(), "nothing to count from without a publication date");
        assertTrue(dates.find("said last week", new Span(0, 14), PUBLISHED).isEmpty(), "a week is no precision the tables have");
    }

    @Test
    void monthOnlyHasMonthPrecision() {
        DateMention m = one("said in February that", LocalDate.of(2024, 5, 25));
        assertEquals(LocalDate.of(2024, 2, 1), m.date());
        assertEquals(Precision.MONTH, m.precision());
    }

    @Test
    void weekdaysAndRelativeDays() {
        assertEquals(LocalDate.of(2025, 5, 9), one("said on Friday", PUBLISHED).date());
        assertEquals(LocalDate.of(2025, 5, 12), one("said on Monday", PUBLISHED).date());
        assertEquals(LocalDate.of(2025, 5, 5), one("said last Monday", PUBLISHED).date());
        assertEquals(LocalDate.of(2025, 5, 11), one("said yesterday", PUBLISHED).date());
    }

    @Test
    void explicitYearsAndIsoDates() {
        assertEquals(LocalDate.of(2023, 11, 4), one("on November 4, 2023", PUBLISHED).date());
        assertEquals(LocalDate.of(2023, 11, 4), one("on 4 November 2023", PUBLISHED).date());
        assertEquals(LocalDate.of(2022, 3, 1), one("the 2022-03-01 meeting", PUBLISHED).date());
        DateMention year = one("said in 2019", PUBLISHED);
        assertEquals(Precision.YEAR, year.precision());
        assertEquals(LocalDate.of(2019, 1, 1), year.date());
    }

    @Test
    void withoutPublicationDateOnlyFullDatesResolve() {
        assertTrue(dates.find("on May 11", new Span(0, 9), null).isEmpty());
        assertEquals(LocalDate.of(2021, 5, 11), one("on May 11, 2021", null).date());
    }

    @Test
    void namesAreNotMonths() {
        assertTrue(dates.find("Mark Smith said 3 people", new Span(0, 24), PUBLISHED).isEmpty());
    }

    @Test
    void everyKindIsFoundInsideALongerSentenceAndInAnyCaseItsPatternAllows() {
        // each pattern runs only where a digit, a month name or a day word is seen first: these would
        // be missed if one of those tests were wrong
        String[] said = {"on May 11", "on 11th of May", "in mid-March", "in Sept. 2023", "late on Friday", "TODAY",
            "Last Night", "earlier this Evening", "on 2024-05-01", "since 1998", "on Jan. 3, 2024"};
        for (String date : said) {
            String text = "The minister, who spoke to reporters “at length”, said " + date + " that talks would go on";
            List<DateMention> found = dates.find(text, new Span(0, text.length()), PUBLISHED);
            assertEquals(1, found.size(), () -> date + ": " + found);
            String matched = found.get(0).span().of(text);
            assertTrue(date.contains(matched) && matched.length() >= 4, () -> date + " matched as " + matched);
        }
    }

    @Test
    void theCheapTestsSeeWhatThePatternsNeed() {
        assertTrue(DateExpressions.hasMonthName("in Sept. 2023"));
        assertTrue(DateExpressions.hasMonthName("on 4 December"));
        assertFalse(DateExpressions.hasMonthName("on 4 Dec"), "the patterns know \"Dec.\" and \"December\", not \"Dec\"");
        assertFalse(DateExpressions.hasMonthName("Mark Marsh and Janet Oakes, the mayor"), "names and lower case are not months");
        assertTrue(DateExpressions.hasRelativeDayWord("EARLIER TODAY"));
        assertTrue(DateExpressions.hasRelativeDayWord("This Afternoon"));
        assertTrue(DateExpressions.hasRelativeDayWord("late last NIGHT"));
        assertFalse(DateExpressions.hasRelativeDayWord("a statement to reporters"));
        assertTrue(DateExpressions.hasPeriodWord("LAST MONTH"));
        assertTrue(DateExpressions.hasPeriodWord("Earlier this Year"));
        assertFalse(DateExpressions.hasPeriodWord("a statement to reporters on Monday"));
        assertTrue(dates.find("on Dec 4", new Span(0, 8), PUBLISHED).isEmpty(), "what the cheap test skips the patterns miss too");
    }
}
