package io.whosaid.eval;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The Python str behaviours the scorers depend on, with the values Python 3 gives. */
class PythonTextTest {
    @Test
    void formatsAsPythonRounds() {
        assertEquals("0.062", PythonText.fixed(0.0625, 3)); // exact tie: half-even (Java's %.3f gives 0.063)
        assertEquals("0.001", PythonText.fixed(0.0005, 3)); // binary value just above the tie
        assertEquals("0.667", PythonText.fixed(2.0 / 3, 3));
        assertEquals("1.0000", PythonText.fixed(1.0, 4));
        assertEquals("0.000", PythonText.fixed(0.0, 3));
    }

    @Test
    void wordsAreRunsOfPythonWordCharacters() {
        // a combining accent is not a word character in Python, a superscript two and an underscore are
        assertEquals(List.of("e", "clair", "x\u00b2", "a_b"), PythonText.words("e\u0301clair x\u00b2 a_b"));
        assertEquals(List.of("\uD835\uDC00bc"), PythonText.words("\uD835\uDC00bc!")); // a letter outside the BMP
    }

    @Test
    void stripsPythonWhitespace() {
        assertEquals("Ann", PythonText.strip("\u00a0\u001c Ann\u2003\n"));
    }

    @Test
    void lowersFinalSigmaAsPython() {
        assertEquals("\u03c3\u03bf\u03c6\u03bf\u03c2", PythonText.lower("\u03a3\u039f\u03a6\u039f\u03a3"));
        assertEquals("\u03bf\u03c2_x", PythonText.lower("\u039f\u03a3_x"));
        assertEquals("\u03bf\u03c3'a", PythonText.lower("\u039f\u03a3'a")); // the apostrophe is case-ignorable
        assertEquals("i\u0307", PythonText.lower("\u0130"));
    }

    @Test
    void slicesByCodePoints() {
        int[] cps = "\uD83D\uDE00abc".codePoints().toArray();
        assertEquals("\uD83D\uDE00a", PythonText.slice(cps, 0, 2));
        assertEquals("bc", PythonText.slice(cps, -2, 10));
        assertEquals("", PythonText.slice(cps, 3, 1));
    }

    @Test
    void convertsLikePythonInt() {
        assertEquals(12, PythonText.toInt(" 12 "));
        assertEquals(1000, PythonText.toInt("1_000"));
        assertEquals(-3, PythonText.toInt("-3"));
        assertEquals(12, PythonText.toInt(12.7));
        assertEquals(1, PythonText.toInt(true));
        assertEquals(Integer.MAX_VALUE, PythonText.toInt(new BigInteger("99999999999999999999")));
        assertNull(PythonText.toInt("12.0"));
        assertNull(PythonText.toInt("1__0"));
        assertNull(PythonText.toInt(""));
        assertNull(PythonText.toInt(null));
    }
}
