package io.whosaid.text;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

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
    private static volatile Languages instance;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

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
        if (text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return UNKNOWN; // too short to tell: n-gram guesses on a sentence or two are often wrong
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        List<DetectedLanguage> probabilities = detector.getProbabilities(texts.forText(sample));
        if (probabilities.isEmpty() || probabilities.get(0).getProbability() < MIN_PROBABILITY) {
            return UNKNOWN;
        }
        return probabilities.get(0).getLocale().getLanguage();
    }
}
