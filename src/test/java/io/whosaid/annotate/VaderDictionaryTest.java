package io.whosaid.annotate;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VaderDictionaryTest {
    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void mapsValencesToSentimentDetectorLabels() throws Exception {
        Map<String, String> d = new VaderDictionary(0.5).entries(
                text("good\t1.9\t0.9\t[2]\nwar\t-2.9\t1.1\t[-3]\nmeh\t-0.3\t0.5\t[0]\n:)\t2.0\t0.5\t[2]\n"),
                text("# modifiers\nnot,revert\nvery,increment\n"));
        assertEquals("positive", d.get("good"));
        assertEquals("negative", d.get("war"));
        assertFalse(d.containsKey("meh"), "weaker than the threshold");
        assertFalse(d.containsKey(":)"), "emoticons are not news tokens");
        assertEquals("revert", d.get("not"));
        assertEquals("increment", d.get("very"));
    }

    @Test
    void theBundledLexiconIsTheRealVader() throws Exception {
        try (InputStream vader = VaderDictionary.class.getResourceAsStream(VaderDictionary.BUNDLED_LEXICON);
             InputStream modifiers = VaderDictionary.class.getResourceAsStream(VaderDictionary.MODIFIERS)) {
            assertNotNull(vader, "the build unpacks vader_sentiment_lexicon.txt");
            Map<String, String> d = new VaderDictionary(0.5).entries(vader, modifiers);
            assertTrue(d.size() > 5000, "VADER has about 7,500 entries, got " + d.size());
            assertEquals("negative", d.get("kill"));
            assertEquals("positive", d.get("peace"));
        }
    }

    @Test
    void rejectsAThresholdOffVadersScale() {
        assertThrows(IllegalArgumentException.class, () -> new VaderDictionary(7));
    }
}
