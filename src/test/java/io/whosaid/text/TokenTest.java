package io.whosaid.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenTest {
    @Test
    void carriesTheLowerCaseFormOfItsText() {
        for (String text : List.of("Said", "MACRON", "said", "İstanbul", "Straße", "U.S.", "\u201c")) {
            assertEquals(text.toLowerCase(java.util.Locale.ROOT), new Token(text, 0, text.length()).lower(), text);
        }
        String lower = "said";
        assertSame(lower, new Token(lower, 0, 4).lower(), "a lower-case token keeps its own text, no copy");
    }

    @Test
    void movedKeepsTextAndLowerCaseForm() {
        Token token = new Token("Zelensky", 3, 11);
        Token moved = token.movedBy(100);
        assertEquals(new Token("Zelensky", 103, 111), moved);
        assertSame(token.lower(), moved.lower(), "moving a token does not lower-case it again");
    }

    @Test
    void refusesAnEmptyTextOrAMissingLowerCaseForm() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> new Token("", 0, 0));
        assertTrue(empty.getMessage().contains("must not be empty"), empty.getMessage());
        IllegalArgumentException noLower = assertThrows(IllegalArgumentException.class, () -> new Token("Said", null, 0, 4));
        assertTrue(noLower.getMessage().contains("lower-case form"), noLower.getMessage());
    }
}
