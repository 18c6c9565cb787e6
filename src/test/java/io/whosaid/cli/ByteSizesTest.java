package io.whosaid.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ByteSizesTest {
    @Test
    void readsUnits() {
        assertEquals(128L << 20, ByteSizes.parse("128m"));
        assertEquals(128L << 20, ByteSizes.parse("128MB"));
        assertEquals(1L << 30, ByteSizes.parse("1g"));
        assertEquals(16L << 10, ByteSizes.parse(" 16k "));
        assertEquals(4096, ByteSizes.parse("4096"));
    }

    @Test
    void rejectsWhatIsNotASize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ByteSizes.parse("big"));
        assertTrue(e.getMessage().contains("'big'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ByteSizes.parse("-5m"));
    }
}
