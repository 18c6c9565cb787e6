package io.whosaid.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void splitsAtSentenceEndsNotAtAbbreviations() {
        assertEquals(List.of("The U.S. envoy arrived in St. Louis on Monday.", "Talks began at 9 a.m. local time."),
                sentences("The U.S. envoy arrived in St. Louis on Monday. Talks began at 9 a.m. local time."));
    }

    @Test
    void closingQuoteStaysWithItsSentenceAndAnOpeningOneStartsTheNext() {
        assertEquals(List.of("\"We are ready.\"", "\"So are we,\" she said."),
                sentences("\"We are ready.\" \"So are we,\" she said."));
    }

    @Test
    void aQuestionInsideAQuoteBeforeTheCueDoesNotSplit() {
        assertEquals(List.of("\"Why now?\" he asked."), sentences("\"Why now?\" he asked."));
    }

    @Test
    void everyLineIsItsOwnParagraph() {
        List<Sentence> s = splitter.split("Headline here\n\nFirst line.\nSecond line.");
        assertEquals(3, s.size());
        assertEquals(List.of(0, 1, 2), s.stream().map(Sentence::paragraph).toList());
    }

    @Test
    void aNewsAgencysDatelineIsASentenceOfItsOwn() {
        assertEquals(List.of("NEW YORK, March 5 -", "Harbour Bank Inc said it would close 20 branches."),
                sentences("NEW YORK, March 5 - Harbour Bank Inc said it would close 20 branches."));
        assertEquals(List.of("LONDON (Reuters) -", "The pound rose."), sentences("LONDON (Reuters) - The pound rose."));
        assertEquals(List.of("WASHINGTON, D.C., Jan 12, 1987 -", "Talks ended."),
                sentences("WASHINGTON, D.C., Jan 12, 1987 - Talks ended."));
        // a headline in capitals is no dateline without its date or agency
        assertEquals(List.of("PORT TALLAND - A NEW DAWN"), sentences("PORT TALLAND - A NEW DAWN"));
    }
}
