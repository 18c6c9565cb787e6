package io.whosaid.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner(10_000);

    @Test
    void plainTextComesOutUnchanged() {
        String text = "The mayor said the bridge would reopen.\n\n\"It is safe,\" she said.";
        assertSame(text, cleaner.clean(text).text());
    }

    @Test
    void dropsSectionOfOtherHeadlinesAndShareLines() {
        String text = "The minister said talks would resume.\n\nShare this article\n\nMost Popular\n\n"
                + "Flood waters rise in the north\n\n'We lost everything' \u2014 farmers on the drought\nEditors' Picks\n\n"
                + "How a small town rebuilt its school";
        assertEquals("The minister said talks would resume.", cleaner.clean(text).text());
    }

    @Test
    void furnitureBlockInTheMiddleEndsAtTheNextRealParagraph() {
        String text = "First paragraph of the story.\n\nRead more:\n\nAnother story entirely\n\nThe story goes on here, the mayor said.";
        assertEquals("First paragraph of the story.\n\nThe story goes on here, the mayor said.", cleaner.clean(text).text());
    }

    @Test
    void stripsMarkupEntitiesAndControlCharacters() {
        String html = "<p>The &quot;deal&quot; is done,</p><p>he said&nbsp;today.\u0007</p><script>var x = 1;</script>";
        String cleaned = cleaner.clean(html).text();
        assertFalse(cleaned.contains("<"));
        assertFalse(cleaned.contains("var x"));
        assertTrue(cleaned.contains("The \"deal\" is done,"));
        assertTrue(cleaned.contains("he said today."));
    }

    @Test
    void truncatesHugeArticlesAndSaysSo() {
        TextCleaner.Cleaned c = new TextCleaner(1_000).clean("word ".repeat(1_000));
        assertEquals(1_000, c.text().length());
        assertTrue(c.truncated());
    }
}
