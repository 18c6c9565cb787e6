package io.whosaid.duplicates;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinHashTest {
    private static final String STORY = "The harbour authority of Port Talland said on Tuesday that the northern pier would close "
            + "for repairs until the end of the summer. \"We have no choice, the pier is not safe for ferries,\" harbour master "
            + "Ines Corbett told reporters. Ferry operators said the closure would cost them customers at the busiest time of "
            + "the year, and the town council called for a temporary landing stage to be built at the old fish market. "
            + "Corbett said engineers had found cracks in three of the pier's supports after last month's storms.";

    @Test
    void anEditedSyndicatedCopyIsSimilarAndAnotherStoryIsNot() {
        String edited = "PORT TALLAND (Wire) - The harbour authority of Port Talland said on Tuesday that the northern pier "
                + "would close for repairs until the end of summer. \"We have no choice, the pier is not safe for ferries,\" "
                + "harbour master Ines Corbett told reporters. Ferry operators said the closure would cost them customers at the "
                + "busiest time of the year, and the town council called for a temporary landing stage to be built at the old "
                + "fish market.";
        String other = "The national football team beat its neighbours two goals to nil on Saturday evening, with both goals "
                + "scored in the second half by a teenage striker making only his third appearance, in front of a crowd of "
                + "forty thousand people who had waited in the rain for hours before the match began at the old stadium.";
        int[] original = MinHash.signature(STORY);
        double copy = MinHash.similarity(original, MinHash.signature(edited));
        double unrelated = MinHash.similarity(original, MinHash.signature(other));
        assertTrue(copy >= 0.7, "edited copy: " + copy);
        assertTrue(unrelated < 0.2, "other story: " + unrelated);
    }

    @Test
    void caseAndPunctuationEditsDoNotChangeTheSignature() {
        assertArrayEquals(MinHash.signature(STORY), MinHash.signature(STORY.toUpperCase().replace(",", " ;")));
    }

    @Test
    void signaturesAreTheSameOnEveryRunAndBandsTellThemApart() {
        int[] a = MinHash.signature(STORY);
        assertEquals(MinHash.SIZE, a.length);
        assertEquals(1.0, MinHash.similarity(a, MinHash.signature(STORY)));
        long[] keys = MinHash.bandKeys(a);
        assertEquals(MinHash.SIZE / MinHash.ROWS_PER_BAND, keys.length);
        assertNotEquals(keys[0], keys[1], "each band has its own key");
    }

    @Test
    void aBriefIsTooShortToCallACopy() {
        assertNull(MinHash.signature("Markets were closed on Monday for a public holiday."));
    }
}
