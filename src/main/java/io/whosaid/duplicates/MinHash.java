package io.whosaid.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of an article's text, for finding syndicated copies that were edited
 * (a new headline or lede, a trimmed ending, a changed word): the share of equal positions in
 * two signatures estimates the Jaccard similarity of the texts' word 4-gram sets. The
 * signature is cut into bands; two texts that agree on a whole band are candidates.
 */
public final class MinHash {
    /** Hash functions in a signature. */
    public static final int SIZE = 64;
    /** Rows per band: 21 bands of 3 make texts of similarity 0.6 candidates with probability 0.99. */
    public static final int ROWS_PER_BAND = 3;
    public static final int SHINGLE_WORDS = 4;
    /** Below this many shingles a text is too short to call a copy of another (a brief, a caption). */
    public static final int MIN_SHINGLES = 20;

    private static final long[] SEEDS = seeds();

    private MinHash() {}

    /** The signature of {@code text}, or null when it has fewer than {@link #MIN_SHINGLES} shingles. */
    public static int[] signature(String text) {
        List<String> words = words(text);
        int shingles = words.size() - SHINGLE_WORDS + 1;
        if (shingles < MIN_SHINGLES) {
            return null;
        }
        long[] min = new long[SIZE];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i < shingles; i++) {
            long h = 0xcbf29ce484222325L;
            for (int w = i; w < i + SHINGLE_WORDS; w++) {
                h = fnv(h, words.get(w));
                h = (h ^ ' ') * 0x100000001b3L;
            }
            for (int k = 0; k < SIZE; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        int[] signature = new int[SIZE];
        for (int k = 0; k < SIZE; k++) {
            signature[k] = (int) (min[k] >>> 32);
        }
        return signature;
    }

    /** The estimated Jaccard similarity of two texts: the share of equal signature positions. */
    public static double similarity(int[] a, int[] b) {
        if (a == null || b == null || a.length != b.length) {
            throw new IllegalArgumentException("signatures must both be present and of equal length");
        }
        int equal = 0;
        for (int k = 0; k < a.length; k++) {
            if (a[k] == b[k]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }

    /** One key per band: the band's index and its values, hashed. Equal keys mean an identical band. */
    public static long[] bandKeys(int[] signature) {
        int bands = signature.length / ROWS_PER_BAND;
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = b * 0x9e3779b97f4a7c15L;
            for (int r = 0; r < ROWS_PER_BAND; r++) {
                h = mix(h ^ (signature[b * ROWS_PER_BAND + r] & 0xffffffffL) + r);
            }
            keys[b] = h;
        }
        return keys;
    }

    /** Lower-cased runs of letters and digits: punctuation, spacing and case edits do not matter. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    private static long fnv(long h, String word) {
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a fixed, well-spread 64-bit mix, the same on every machine. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long state = 0x5eed_0f_ca11L;
        for (int k = 0; k < SIZE; k++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[k] = mix(state);
        }
        return seeds;
    }
}
