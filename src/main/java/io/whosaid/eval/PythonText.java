package io.whosaid.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few Python {@code str} semantics the official scorers rely on, so the Java port counts and prints the
 * same figures: word characters of {@code \w}, whitespace of {@code str.strip()} and {@code \s}, code point
 * slicing, {@code int()} of a JSON value and {@code '%.3f'} rounding.
 */
final class PythonText {
    /**
     * Python's {@code \s} and {@code str.isspace()}: Java's {@code \s}, even with UNICODE_CHARACTER_CLASS, misses
     * U+001C..U+001F, and {@code Character.isWhitespace} misses the no-break spaces.
     */
    static final String SPACE_CLASS =
            "[\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";

    private PythonText() {
    }

    /**
     * Python's {@code \w} on str: letters (Lu Ll Lt Lm Lo), numbers (Nd Nl No) and underscore. Java's
     * UNICODE_CHARACTER_CLASS {@code \w} differs: it adds combining marks (Mn Mc Me, e.g. a decomposed accent),
     * connector punctuation and joiners, and leaves out No (superscript digits, fractions).
     */
    static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** Python's {@code s.strip()}. */
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.codePointAt(b))) {
            b += Character.charCount(s.codePointAt(b));
        }
        while (e > b && isSpace(s.codePointBefore(e))) {
            e -= Character.charCount(s.codePointBefore(e));
        }
        return s.substring(b, e);
    }

    /**
     * Python's {@code s.lower()}: full case mapping as Java's root-locale lower case, except for capital sigma,
     * where Java decides "final" by word boundaries and Python by its neighbours (a cased letter before it, none
     * after it, case-ignorable characters skipped), so "ΣΟΦΟΣ_x" ends in ς in Python and σ in Java.
     */
    static String lower(String s) {
        if (s.indexOf('\u03A3') < 0) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp == 0x03A3) {
                out.append(isFinalSigma(s, i) ? '\u03C2' : '\u03C3');
            } else {
                out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isFinalSigma(String s, int at) {
        int j = at;
        int before = -1;
        while (j > 0) {
            before = s.codePointBefore(j);
            j -= Character.charCount(before);
            if (!isCaseIgnorable(before)) {
                break;
            }
            before = -1;
        }
        if (before < 0 || !isCased(before)) {
            return false;
        }
        for (int k = at + 1; k < s.length(); ) {
            int after = s.codePointAt(k);
            if (!isCaseIgnorable(after)) {
                return !isCased(after);
            }
            k += Character.charCount(after);
        }
        return true;
    }

    /** Unicode Cased: Lowercase, Uppercase or titlecase letter. */
    private static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** Unicode Case_Ignorable: marks, format characters, modifiers, and the Word_Break mid-letter characters. */
    private static boolean isCaseIgnorable(int cp) {
        int t = Character.getType(cp);
        if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL) {
            return true;
        }
        return switch (cp) {
            case 0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55,
                    0xFF07, 0xFF0E, 0xFF1A -> true;
            default -> false;
        };
    }

    /** {@code WORD.findall(s)}: the maximal runs of word characters. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isWord(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < s.length() && isWord(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            out.add(s.substring(start, i));
        }
        return out;
    }

    /** Python's {@code text[b:e]} on a code point array: negative indices count from the end, both clamp. */
    static String slice(int[] cps, long b, long e) {
        int n = cps.length;
        long from = b < 0 ? Math.max(0, b + n) : Math.min(b, n);
        long to = e < 0 ? Math.max(0, e + n) : Math.min(e, n);
        return to <= from ? "" : new String(cps, (int) from, (int) (to - from));
    }

    /** {@code '%.Nf' % v}: Python rounds the exact binary value half-even; Java's %f rounds its decimal form half-up. */
    static String fixed(double v, int decimals) {
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * Python's {@code int(x)} of a JSON value, or null where it raises: integers as they are, floats truncated,
     * booleans 0/1, strings of decimal digits (surrounding whitespace, a sign and single underscores between digits
     * allowed). Values beyond int are clamped: any offset that large is outside every text either way.
     */
    static Integer toInt(Object value) {
        BigInteger big;
        if (value == null) {
            return null;
        } else if (value instanceof Boolean bool) {
            big = bool ? BigInteger.ONE : BigInteger.ZERO;
        } else if (value instanceof BigInteger bi) {
            big = bi;
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            big = BigInteger.valueOf(((Number) value).longValue());
        } else if (value instanceof BigDecimal bd) {
            big = bd.toBigInteger();
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return null;
            }
            big = new BigDecimal(d).toBigInteger();
        } else if (value instanceof String s) {
            big = parseIntString(s);
            if (big == null) {
                return null;
            }
        } else {
            return null;
        }
        return big.max(BigInteger.valueOf(Integer.MIN_VALUE)).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    }

    private static BigInteger parseIntString(String raw) {
        String s = strip(raw);
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true; // no leading underscore
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '_') {
                if (lastUnderscore) {
                    return null;
                }
                lastUnderscore = true;
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                digits.append((char) ('0' + Character.digit(cp, 10)));
                lastUnderscore = false;
            } else {
                return null;
            }
        }
        if (digits.length() == 0 || lastUnderscore) {
            return null;
        }
        BigInteger v = new BigInteger(digits.toString());
        return negative ? v.negate() : v;
    }
}
