package io.whosaid.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OffsetsTest {
    @Test
    void countsCodePointsNotUtf16Units() {
        String text = "\uD83D\uDE00 \"Yes,\" she said.";
        int utf16 = text.indexOf("Yes");
        assertEquals(4, utf16);
        assertEquals(3, new Offsets(text).toCodePoint(utf16));
    }

    @Test
    void bmpTextKeepsItsIndices() {
        assertEquals(7, new Offsets("Zelens\u0301ky said").toCodePoint(7));
    }
}
