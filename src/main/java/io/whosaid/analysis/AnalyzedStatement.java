package io.whosaid.analysis;

import java.time.LocalDate;
import java.util.List;

/** One statement of an article with every contract column that the article alone determines. */
public record AnalyzedStatement(
        String statementId,
        int sentenceIndex,
        int begin,
        int end,
        String content,
        String sentence,
        String kind,
        String cue,
        String speakerText,
        Integer speakerBegin,
        Integer speakerEnd,
        String actorId,
        String actorName,
        String actorType,
        String actorRole,
        LocalDate statementDate,
        String datePrecision,
        String dateSource,
        List<String> mentions,
        List<int[]> fragments) {
    public AnalyzedStatement {
        mentions = List.copyOf(mentions);
        fragments = List.copyOf(fragments);
    }
}
