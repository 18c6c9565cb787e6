package io.whosaid.text;

/**
 * Converts Java's UTF-16 indices to the Unicode code point offsets of the data contract,
 * which SQL engines count in (substring(text, begin + 1, end - begin)).
 */
public final class Offsets {
    private final String text;
    private final boolean bmpOnly;

    public Offsets(String text) {
        this.text = text;
        this.bmpOnly = text.codePoints().allMatch(Character::isBmpCodePoint);
    }

    public int toCodePoint(int utf16Index) {
        if (bmpOnly) {
            return utf16Index;
        }
        return text.codePointCount(0, utf16Index);
    }
}
