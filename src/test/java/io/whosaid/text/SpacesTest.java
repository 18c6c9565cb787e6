package io.whosaid.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpacesTest {
    @Test
    void theNoBreakSpacesOfWebCopyAreSpaces() {
        assertTrue(Spaces.isSpace('\u00a0'), "no-break space");
        assertTrue(Spaces.isSpace('\u202f'), "narrow no-break space");
        assertTrue(Spaces.isSpace('\n'));
        assertFalse(Spaces.isSpace('-'));
        assertFalse(Character.isWhitespace('\u00a0'), "the reason for the class: Java's test leaves it out");
    }

    @Test
    void aNameIsWrittenWithSingleSpaces() {
        assertEquals("Gov. Mike Pence", Spaces.oneSpaced("Gov.\u00a0Mike \n Pence"));
        assertEquals("Ada Marsh", Spaces.oneSpaced("Ada\u2009\u00a0Marsh"), "a run of any spaces, thin ones too, is one space");
        assertNull(Spaces.oneSpaced(null));
    }
}
