package io.whosaid.analysis;

import java.util.List;

/** The result of the language stages for one article. */
public record AnalyzedArticle(String text, boolean truncated, int sentences, List<AnalyzedStatement> statements,
                              List<AnalyzedEntity> entities) {
    public AnalyzedArticle {
        statements = List.copyOf(statements);
        entities = List.copyOf(entities);
    }
}
