package io.whosaid.text;

import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.UrlTextFilter;
import org.junit.jupiter.api.Test;

import java.util.List;

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

    @Test
    void aTextInOneScriptIsDetectedAndOneWithAMinorityScriptLosesIt() {
        String russian = "Министр финансов заявил в понедельник, что бюджет будет сбалансирован к следующему году, "
                + "несмотря на рост расходов и замедление экспорта в Европу.";
        assertEquals("ru", Languages.get().detect(russian));
        assertEquals("ru", Languages.get().detect(russian + " (Reuters, Moscow)"), "a few Latin letters are dropped");
    }

    @Test
    void theFiltersGiveWhatTheLibrarysFiltersGive() {
        List<String> texts = List.of(
                "Plain news text, with “curly quotes”, an en dash – and café, naïve, Zürich, Łódź.",
                "Read more at https://example.org/news?id=3 or write to desk@example.org today.",
                "Mostly Latin text with a short Greek word, λόγος, and a Cyrillic one, слово, inside.",
                "Ελληνικά κείμενα με λίγα Latin words μέσα τους, για να φανεί το φίλτρο.",
                "中文新闻 with some English words and 数字 123.",
                "");
        for (String text : texts) {
            assertEquals(UrlTextFilter.getInstance().filter(text), Languages.withoutUrls(text), text);
            assertEquals(RemoveMinorityScriptsTextFilter.forThreshold(0.3).filter(text), Languages.withoutMinorityScripts(text), text);
        }
    }
}
