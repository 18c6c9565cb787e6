package io.whosaid.analysis;

import com.johnsnowlabs.nlp.annotators.pos.perceptron.AveragedPerceptron;
import io.whosaid.annotate.EntityRecognizer;
import io.whosaid.annotate.PerceptronEntityRecognizer;
import io.whosaid.annotate.RuleEntityRecognizer;
import io.whosaid.annotate.Tone;
import io.whosaid.annotate.ToneClassifier;
import io.whosaid.dates.PublishedDates;
import io.whosaid.duplicates.MinHash;
import io.whosaid.lexicon.Lexicons;
import io.whosaid.statements.CueLexicon;
import io.whosaid.text.Languages;
import io.whosaid.text.TextCleaner;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The per-partition wrapper around {@link ArticleAnalyzer}: cleans each article's text, runs
 * the language stages and turns the result into rows of {@code Schemas.ANALYZED}. Heavy objects
 * (lexicons, cue list, the NER model) are fetched once per partition: the bundled lexicons from the
 * jar, replacements (--lexicons) and models from broadcasts that the driver read. An article whose text is empty after
 * cleaning becomes a reject with that reason.
 */
public final class ArticleStage implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    /** Languages the statement rules are written for. */
    public static final java.util.Set<String> SUPPORTED_LANGUAGES = java.util.Set.of("en");
    private static final int STATEMENTS_FIELD = io.whosaid.output.Schemas.ANALYZED.fieldIndex("statements");

    private final int maxChars;
    /** Replacement lexicons and cues (--lexicons), shipped once to each executor; null for the bundled ones. */
    private final Broadcast<Lexicons> lexicons;
    private final Broadcast<CueLexicon> cues;
    private final LongAccumulator articlesRead;
    private final LongAccumulator statementsFound;
    /** The NER model's weights, shipped once to each executor; null for the rule-based recogniser. */
    private final Broadcast<AveragedPerceptron> nerWeights;
    /** Tone (the trained model over Spark NLP's sentiment detector), shipped once to each executor; null when a user's pipeline scores tone later. */
    private final Broadcast<ToneClassifier> tone;

    public ArticleStage(int maxChars, Broadcast<Lexicons> lexicons, Broadcast<CueLexicon> cues,
                        Broadcast<AveragedPerceptron> nerWeights, Broadcast<ToneClassifier> tone,
                        LongAccumulator articlesRead, LongAccumulator statementsFound) {
        if ((lexicons == null) != (cues == null)) {
            throw new IllegalArgumentException("replacement lexicons and cues come together (both from one folder), or neither");
        }
        this.maxChars = maxChars;
        this.lexicons = lexicons;
        this.cues = cues;
        this.nerWeights = nerWeights;
        this.tone = tone;
        this.articlesRead = articlesRead;
        this.statementsFound = statementsFound;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Lexicons words = lexicons == null ? Lexicons.bundled() : lexicons.value();
        CueLexicon cueList = cues == null ? CueLexicon.bundled() : cues.value();
        EntityRecognizer entities = nerWeights == null ? new RuleEntityRecognizer(words)
                : new PerceptronEntityRecognizer(nerWeights.value(), words.titles());
        ArticleAnalyzer analyzer = new ArticleAnalyzer(words, cueList, entities);
        TextCleaner cleaner = new TextCleaner(maxChars);
        ToneClassifier toneClassifier = tone == null ? null : tone.value();
        return new Iterator<>() {
            private String lastHash;
            private String lastId;

            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                Row raw = input.next();
                String hash = raw.getAs("text_hash");
                String duplicateOf = hash != null && hash.equals(lastHash) ? lastId : null;
                if (duplicateOf == null) {
                    lastHash = hash;
                    lastId = raw.getAs("article_id");
                }
                Row row;
                try {
                    row = process(raw, analyzer, cleaner, toneClassifier, duplicateOf);
                } catch (RuntimeException | StackOverflowError e) {
                    // one article must never stop the run: it becomes a reject that says what went wrong
                    row = failed(raw, e);
                }
                articlesRead.add(1);
                Object statements = row.get(STATEMENTS_FIELD);
                statementsFound.add(statements instanceof Object[] array ? array.length : 0);
                return row;
            }
        };
    }

    private static Row process(Row raw, ArticleAnalyzer analyzer, TextCleaner cleaner, ToneClassifier tone, String duplicateOf) {
        String articleId = raw.getAs("article_id");
        String publishedAt = raw.getAs("published_at");
        LocalDate published = PublishedDates.parse(publishedAt).orElse(null);
        TextCleaner.Cleaned cleaned = cleaner.clean(raw.getAs("text"));
        String text = cleaned.text();
        String inputFile = raw.getAs("input_file");
        String record = raw.getAs("record");
        if (text.isBlank()) {
            String original = raw.getAs("text");
            return RowFactory.create(articleId, raw.getAs("source"), raw.getAs("url"), raw.getAs("title"), publishedAt,
                    toSql(published), null, null, 0, 0, false, inputFile, record,
                    original == null ? null : original.substring(0, Math.min(2000, original.length())),
                    record + ": text is empty after cleaning", null, null, null, null, null, null);
        }
        String language = Languages.get().detect(text);
        // a duplicate is kept as an article but not analysed again; other languages are not run through English rules
        boolean supported = duplicateOf == null
                && (SUPPORTED_LANGUAGES.contains(language) || language.equals(Languages.UNKNOWN));
        // articles in other languages are kept and counted, but not run through English rules
        AnalyzedArticle a = supported ? analyzer.analyze(articleId, text, published)
                : new AnalyzedArticle(text, false, 0, List.of(), List.of());
        List<Row> statements = new ArrayList<>(a.statements().size());
        for (AnalyzedStatement s : a.statements()) {
            Tone statementTone = tone == null ? null : tone.tone(s.content());
            statements.add(RowFactory.create(s.statementId(), s.sentenceIndex(), s.begin(), s.end(), s.content(), s.sentence(),
                    s.kind(), s.cue(), s.speakerText(), s.speakerBegin(), s.speakerEnd(), s.actorId(), s.actorName(),
                    s.actorType(), s.actorRole(), toSql(s.statementDate()), s.datePrecision(), s.dateSource(),
                    s.mentions().toArray(new String[0]),
                    s.fragments().stream().map(f -> RowFactory.create(f[0], f[1])).toArray(),
                    statementTone == null ? null : statementTone.sentiment(), statementTone == null ? null : statementTone.label()));
        }
        Tone articleTone = tone == null ? null : tone.tone(text);
        List<Row> entities = new ArrayList<>(a.entities().size());
        for (AnalyzedEntity e : a.entities()) {
            entities.add(RowFactory.create(e.sentenceIndex(), e.begin(), e.end(), e.text(), e.entityType(), e.actorId()));
        }
        return RowFactory.create(articleId, raw.getAs("source"), raw.getAs("url"), raw.getAs("title"), publishedAt,
                toSql(published), language, text, text.codePointCount(0, text.length()), a.sentences(), cleaned.truncated(),
                inputFile, record, null, null, statements.toArray(), entities.toArray(), duplicateOf,
                duplicateOf == null ? signature(text) : null, articleTone == null ? null : articleTone.sentiment(),
                articleTone == null ? null : articleTone.label());
    }

    private static Row failed(Row raw, Throwable e) {
        String record = raw.getAs("record");
        String text = raw.getAs("text");
        StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        String reason = record + ": could not be analysed (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + (where == null ? "" : " at " + where) + ")";
        return RowFactory.create(raw.getAs("article_id"), raw.getAs("source"), raw.getAs("url"), raw.getAs("title"),
                raw.getAs("published_at"), null, null, null, 0, 0, false, raw.getAs("input_file"), record,
                text == null ? null : text.substring(0, Math.min(2000, text.length())), reason, null, null, null, null, null, null);
    }

    /** The MinHash signature that near-duplicate detection compares, as a Spark array. */
    private static Integer[] signature(String text) {
        int[] signature = MinHash.signature(text);
        return signature == null ? null : java.util.Arrays.stream(signature).boxed().toArray(Integer[]::new);
    }

    private static Date toSql(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
