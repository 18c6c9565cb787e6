package io.whosaid.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> words(String text) {
        return tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void keepsAbbreviationsWhole() {
        assertEquals(List.of("U.S.", "officials", "met", "Gen.", "Smith", "at", "2", "a.m.", "."),
                words("U.S. officials met Gen. Smith at 2 a.m.."));
    }

    @Test
    void aNoBreakSpaceSeparatesWordsAsASpaceDoes() {
        assertEquals(List.of("Gov.", "Mike", "Pence", "said"), words("Gov.\u00a0Mike Pence\u00a0said\u00a0"));
    }

    @Test
    void splitsPossessiveButKeepsContractions() {
        assertEquals(List.of("Ukraine", "\u2019s", "Air", "Force", "doesn't", "say"), words("Ukraine\u2019s Air Force doesn't say"));
    }

    @Test
    void keepsNumbersAndHyphenatedWords() {
        assertEquals(List.of("1,310", "Shahed-type", "drones", ",", "2.5", "%"), words("1,310 Shahed-type drones, 2.5%"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  \u201cNo,\u201d she said.";
        for (Token t : tokenizer.tokenize(text)) {
            assertEquals(t.text(), text.substring(t.begin(), t.end()));
        }
    }
}
