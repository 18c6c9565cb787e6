package io.whosaid.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguagesTest {
    @Test
    void tellsEnglishFromGerman() {
        assertEquals("en", Languages.get().detect("The finance minister said on Monday that the budget would be balanced "
                + "by next year, despite the rising cost of the war and the slowdown in exports to Europe."));
        assertEquals("de", Languages.get().detect("Die Regierung hat am Montag angekündigt, dass der Haushalt im nächsten "
                + "Jahr ausgeglichen sein werde, trotz der steigenden Kosten und der schwachen Exporte nach Europa."));
    }

    @Test
    void shortTextsAreUndetermined() {
        assertEquals(Languages.UNKNOWN, Languages.get().detect("\"We are ready,\" said Omar Haddad."));
    }
}
