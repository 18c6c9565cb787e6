package io.whosaid.text;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import com.optimaize.langdetect.text.UrlTextFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Detects an article's language offline with the n-gram profiles that ship inside the
 * language-detector jar. Built once per JVM: loading the profiles takes about a second.
 */
public final class Languages {
    /** What an article is labelled when its language cannot be told (too short, mixed). */
    public static final String UNKNOWN = "und";
    private static final int SAMPLE_CHARS = 3_000;
    private static final int MIN_LETTERS = 100;
    private static final double MIN_PROBABILITY = 0.8;
    /** The library's text limit and filters for large texts (CommonTextObjectFactories.forDetectingOnLargeText). */
    private static final int MAX_TEXT_CHARS = 10_000;
    private static final TextFilter URLS = UrlTextFilter.getInstance();
    private static final TextFilter MINORITY_SCRIPTS = RemoveMinorityScriptsTextFilter.forThreshold(0.3);
    /** Characters below this are looked up in {@link #LATIN_OR_NO_SCRIPT}. */
    private static final char SCRIPT_TABLE_END = '\u2100';
    private static final boolean[] LATIN_OR_NO_SCRIPT = latinOrNoScript();
    private static volatile Languages instance;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = new TextObjectFactoryBuilder()
            .maxTextLength(MAX_TEXT_CHARS)
            .withTextFilter(Languages::withoutUrls)
            .withTextFilter(Languages::withoutMinorityScripts)
            .build();

    private Languages() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled language profiles", e);
        }
    }

    public static Languages get() {
        Languages local = instance;
        if (local == null) {
            synchronized (Languages.class) {
                local = instance;
                if (local == null) {
                    local = new Languages();
                    instance = local;
                }
            }
        }
        return local;
    }

    /** An ISO 639-1 code such as "en" or "de", or {@link #UNKNOWN}. */
    public String detect(String text) {
        if (!hasLetters(text, MIN_LETTERS)) {
            return UNKNOWN; // too short to tell: n-gram guesses on a sentence or two are often wrong
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        List<DetectedLanguage> probabilities = detector.getProbabilities(texts.forText(sample));
        if (probabilities.isEmpty() || probabilities.get(0).getProbability() < MIN_PROBABILITY) {
            return UNKNOWN;
        }
        return probabilities.get(0).getLocale().getLanguage();
    }

    private static boolean hasLetters(String text, int wanted) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < wanted; ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetter(codePoint)) {
                letters++;
            }
            i += Character.charCount(codePoint);
        }
        return letters >= wanted;
    }

    // The two filters below give what the library's own give, and skip their work where it cannot
    // change the text: together they were a third of the cost of telling an article's language.

    /** Web and e-mail addresses out: both of the library's patterns need "http" or "@". */
    static String withoutUrls(CharSequence text) {
        String s = text.toString();
        return s.contains("http") || s.indexOf('@') >= 0 ? URLS.filter(s) : s;
    }

    /**
     * Letters of scripts under 30 % of the text out. A text whose letters are all Latin (most news in
     * European languages) has one script, which the library's filter leaves as it is.
     */
    static String withoutMinorityScripts(CharSequence text) {
        String s = text.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= SCRIPT_TABLE_END || !LATIN_OR_NO_SCRIPT[c]) {
                return MINORITY_SCRIPTS.filter(s);
            }
        }
        return s;
    }

    /** For each character below the table's end: is its script Latin, or one the filter does not count? */
    private static boolean[] latinOrNoScript() {
        boolean[] table = new boolean[SCRIPT_TABLE_END];
        for (char c = 0; c < SCRIPT_TABLE_END; c++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            table[c] = script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
                    || script == Character.UnicodeScript.INHERITED || script == Character.UnicodeScript.UNKNOWN;
        }
        return table;
    }
}
