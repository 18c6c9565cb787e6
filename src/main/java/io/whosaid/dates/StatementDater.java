package io.whosaid.dates;

import io.whosaid.text.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * Dates a statement: a date expression in its sentence, outside the reported content and
 * outside quotes ("told reporters on May 11", "Speaking to CNN on May 10"), nearest to the cue;
 * else the publication date. A date inside the content belongs to the content, not the statement.
 */
public final class StatementDater {
    private final DateExpressions expressions = new DateExpressions();

    public StatementDate date(String text, Span sentence, Span content, List<Span> quotes, Span cue, LocalDate published) {
        List<DateMention> mentions = expressions.find(text, sentence, published);
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        int anchor = cue != null ? cue.begin() : content.begin();
        for (DateMention m : mentions) {
            if (m.span().overlaps(content) || quotes.stream().anyMatch(q -> q.overlaps(m.span()))) {
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
}
