package io.whosaid.dates;

import io.whosaid.text.Span;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Dates a statement: a date expression in its sentence, outside the reported content and
 * outside quotes ("told reporters on May 11", "Speaking to CNN on May 10"), nearest to the cue;
 * else the publication date. A date inside the content belongs to the content, not the statement.
 */
public final class StatementDater {
    /** Words that open an aside about the speaker: "Scholz, who took office in 2021, said", "Lee, a minister since 2019,". */
    private static final Set<String> ASIDE_OPENERS = Set.of("who", "whose", "which", "a", "an", "the", "once", "formerly", "then");
    private final DateExpressions expressions = new DateExpressions();

    public StatementDate date(String text, Span sentence, Span content, List<Span> quotes, Span cue, LocalDate published) {
        List<DateMention> mentions = expressions.find(text, sentence, published);
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        int anchor = cue != null ? cue.begin() : content.begin();
        for (DateMention m : mentions) {
            if (m.span().overlaps(content) || quotes.stream().anyMatch(q -> q.overlaps(m.span()))
                    || inAsideAboutTheSpeaker(text, sentence, m.span(), cue)) {
                continue;
            }
            int distance = Math.abs(m.span().begin() - anchor);
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return new StatementDate(best.date(), best.precision(), StatementDate.TEXT);
        }
        if (published != null) {
            return new StatementDate(published, Precision.DAY, StatementDate.PUBLISHED);
        }
        return new StatementDate(null, null, null);
    }

    /**
     * Whether {@code date} stands in an aside between commas that tells about the speaker, not about when they spoke:
     * "Scholz, who took office last year, said", "The minister, appointed in January, said". An aside of the saying
     * itself ("Scholz, speaking on Tuesday, said") dates the statement.
     */
    static boolean inAsideAboutTheSpeaker(String text, Span sentence, Span date, Span cue) {
        int open = text.lastIndexOf(',', date.begin() - 1);
        int close = text.indexOf(',', date.end());
        if (open < sentence.begin() || close < 0 || close >= sentence.end()
                || (cue != null && cue.begin() > open && cue.begin() < close)) {
            return false;
        }
        int first = open + 1;
        while (first < date.begin() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        int wordEnd = first;
        while (wordEnd < date.begin() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = text.substring(first, wordEnd).toLowerCase(Locale.ROOT);
        return ASIDE_OPENERS.contains(word) || (word.endsWith("ed") && word.length() > 3);
    }
}
