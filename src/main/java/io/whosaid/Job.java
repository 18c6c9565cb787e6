package io.whosaid;

import io.whosaid.actors.CorpusActors;
import io.whosaid.analysis.ArticleStage;
import io.whosaid.analysis.Ids;
import io.whosaid.annotate.NlpPipeline;
import io.whosaid.duplicates.NearDuplicates;
import io.whosaid.ingest.ArticleSources;
import io.whosaid.lexicon.LexiconFolder;
import io.whosaid.lexicon.Lexicons;
import io.whosaid.output.Aggregates;
import io.whosaid.output.Schemas;
import io.whosaid.output.TableWriter;
import io.whosaid.statements.CueLexicon;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;

/**
 * The whole flow, top to bottom: read articles → clean text → annotate and find statements,
 * speakers, actors and dates (per partition) → score tone (Spark NLP) → resolve actors across
 * articles → write the tables.
 */
public final class Job {
    private final SparkSession spark;
    private final JobOptions options;
    private final Consumer<String> progress;

    public Job(SparkSession spark, JobOptions options, Consumer<String> progress) {
        this.spark = spark;
        this.options = options;
        this.progress = progress;
    }

    public RunSummary run() {
        long started = System.nanoTime();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        TableWriter writer = new TableWriter(options.output(), runId, spark.sparkContext().hadoopConfiguration(),
                options.targetFileBytes());
        boolean append = options.mode() == WriteMode.APPEND && writer.exists("articles");
        writer.removeStaleStaging();

        // 1. read: every input record is an article candidate or a reject; a repeated id is processed once
        Dataset<Row> raw = ArticleSources.read(spark, options.input(), options.format(), options.fields())
                .withColumn("article_id", coalesce(col("id"), articleIdFromContent()));
        Dataset<Row> candidates = raw.filter(col("reject_reason").isNull());
        Dataset<Row> alreadyThere = null;
        if (append) {
            // an article already in the output is not processed again
            Dataset<Row> existingIds = spark.read().parquet(writer.pathOf("articles")).select(col("article_id").as("existing_id"));
            Dataset<Row> marked = candidates.join(existingIds, candidates.col("article_id").equalTo(existingIds.col("existing_id")), "left");
            alreadyThere = marked.filter(col("existing_id").isNotNull()).drop("existing_id")
                    .withColumn("reject_reason", concat(col("record"), lit(": article id '"), col("article_id"),
                            lit("' is already in the output (append mode)")))
                    .withColumn("raw", substring(col("text"), 1, 2000));
            candidates = marked.filter(col("existing_id").isNull()).drop("existing_id");
        }
        Dataset<Row> firstOfId = candidates
                .withColumn("occurrence", row_number().over(Window.partitionBy("article_id")
                        .orderBy(col("input_file"), col("record_index"))));
        Dataset<Row> repeated = firstOfId.filter(col("occurrence").gt(1))
                .withColumn("reject_reason", concat(col("record"), lit(": duplicate article id '"), col("article_id"),
                        lit("', processed once")))
                .withColumn("raw", substring(col("text"), 1, 2000))
                .drop("occurrence");
        int partitions = options.partitions() > 0 ? options.partitions() : Math.max(2, spark.sparkContext().defaultParallelism() * 2);

        // 2-6. clean, segment, recognise entities, find statements, attribute, resolve within the article, date
        LongAccumulator articlesRead = spark.sparkContext().longAccumulator("articles read");
        LongAccumulator statementsFound = spark.sparkContext().longAccumulator("statements found");
        // articles with the same text meet in one partition, in a fixed order: the first is analysed, the others
        // are marked duplicate_of it, so that a syndicated story is not counted a hundred times
        Dataset<Row> readable = firstOfId.filter(col("occurrence").equalTo(1)).drop("occurrence")
                .withColumn("text_hash", sha2(coalesce(col("text"), lit("")), 256))
                .repartition(partitions, col("text_hash"))
                .sortWithinPartitions(col("text_hash"), col("published_at").asc_nulls_last(), col("article_id"));
        // replacement lexicons (any Hadoop path) are read here, on the driver, and shipped to each executor once
        Broadcast<Lexicons> lexicons = null;
        Broadcast<CueLexicon> cues = null;
        if (options.lexiconDir() != null) {
            LexiconFolder folder = LexiconFolder.at(options.lexiconDir(), spark.sparkContext().hadoopConfiguration());
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            lexicons = context.broadcast(Lexicons.load(folder));
            cues = context.broadcast(CueLexicon.load(folder));
        }
        // the Spark NLP models, built in one place: the NER model the language stages use (broadcast once to
        // each executor), a NER pipeline for the entities table when one is given, and tone
        long nlpStart = System.nanoTime();
        NlpPipeline nlp = NlpPipeline.build(spark, options.sentimentModel(), options.sentimentLexicon(), options.nerModel());
        lap("Spark NLP models ready", nlpStart);
        Dataset<Row> analyzed = readable.mapPartitions(
                        new ArticleStage(options.maxChars(), lexicons, cues, nlp.entityTagger(), nlp.tone(),
                                articlesRead, statementsFound),
                        Encoders.row(Schemas.ANALYZED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> articles = analyzed.filter(col("reject_reason").isNull());
        long languageStart = System.nanoTime();
        try (ProgressLine line = new ProgressLine(progress, spark.sparkContext(), articlesRead, statementsFound)) {
            analyzed.count();
        }
        lap("articles read, cleaned and analysed (entities, statements, speakers, actors, dates, tone)", languageStart);

        Dataset<Row> rawRejects = raw.filter(col("reject_reason").isNotNull()).unionByName(repeated);
        if (alreadyThere != null) {
            rawRejects = rawRejects.unionByName(alreadyThere);
        }
        Dataset<Row> rejects = rawRejects
                .select(col("input_file"), col("record"), col("raw"), col("reject_reason").as("reason"))
                .unionByName(analyzed.filter(col("reject_reason").isNotNull())
                        .select(col("input_file"), col("input_record").as("record"), col("raw"), col("reject_reason").as("reason")));

        // 7. syndicated copies with edits: an article close enough to an earlier one is marked duplicate_of it,
        // and its statements that the earlier one already has are marked repeat_of, so they are counted once
        Dataset<Row> earlierArticles = append ? existingWith(writer.pathOf("articles"), "text_minhash") : null;
        long nearStart = System.nanoTime();
        Dataset<Row> nearCopies = NearDuplicates.find(articles, earlierArticles, options.nearDuplicateSimilarity())
                .persist(StorageLevel.MEMORY_AND_DISK());
        long copies = nearCopies.count();
        lap(String.format(Locale.ROOT, "%,d near copies of earlier articles found", copies), nearStart);

        Dataset<Row> statements = articles
                .select(col("article_id"), col("source"), col("url"), col("published_date"), explode(col("statements")).as("s"))
                .select(col("s.*"), col("article_id"), col("source"), col("url"), col("published_date"));
        Dataset<Row> statementPool = statements.select("article_id", "statement_id", "content");
        if (append) {
            statementPool = statementPool.unionByName(
                    spark.read().parquet(writer.pathOf("statements")).select("article_id", "statement_id", "content"));
        }
        // small and computed before tone, so that Spark NLP scores each statement once
        Dataset<Row> repeats = NearDuplicates.repeats(statements, nearCopies, statementPool).persist(StorageLevel.MEMORY_AND_DISK());
        // 8. a NER pipeline's entities are read twice (actor names, the table): cached, the model runs once;
        // the rule-based ones are a cheap explode of what the language stages found
        Optional<Dataset<Row>> modelEntities = nlp.entities(articles.select("article_id", "published_date", "text"))
                .map(e -> e.persist(StorageLevel.MEMORY_AND_DISK()));
        Dataset<Row> recognisedEntities = modelEntities
                .orElseGet(() -> articles.select(col("article_id"), col("published_date"), explode(col("entities")).as("e"))
                        .select(col("article_id"), col("e.sentence_index"), col("e.begin"), col("e.end"), col("e.text"),
                                col("e.entity_type"), col("e.actor_id"), col("published_date")));
        Dataset<Row> entities = recognisedEntities;

        // 9. actors across articles: a lone surname takes the corpus's full name for it (from the statements
        // before tone, so that the names do not run the tone pipeline a second time)
        Dataset<Row> persons = statements.filter(col("actor_type").equalTo("PERSON"))
                .select(col("actor_id").as("id"), col("actor_name").as("name"))
                .unionByName(entities.filter(col("entity_type").equalTo("PERSON"))
                        .select(col("actor_id").as("id"), col("text").as("name")));
        if (append) {
            persons = persons.unionByName(spark.read().parquet(writer.pathOf("statements"))
                    .filter(col("actor_type").equalTo("PERSON")).select(col("actor_id").as("id"), col("actor_name").as("name")));
        }
        Dataset<Row> surnames = CorpusActors.surnameMap(persons).persist(StorageLevel.MEMORY_AND_DISK());

        // the mentioned actors' ids, also from the statements before tone
        Dataset<Row> resolvedMentions = resolvedMentions(statements, surnames);

        // tone: the trained model over Spark NLP's sentiment detector scored each statement and article in the language stage; a
        // pipeline given with --sentiment-model scores them here, over the tables
        Dataset<Row> articlesWithTone = articles;
        if (nlp.tone() == null) {
            statements = nlp.scoreTone(statements.drop("sentiment", "sentiment_label"), "content");
            articlesWithTone = articles.drop("sentiment", "sentiment_label").join(nlp.scoreTone(articles.select(col("article_id"), col("text")), "text")
                    .select(col("article_id"), col("sentiment"), col("sentiment_label")), "article_id");
        } else {
            statements = toEnd(statements, "sentiment", "sentiment_label");
        }
        statements = CorpusActors.apply(statements, surnames, "actor_id", "actor_name");
        entities = CorpusActors.apply(entities, surnames, "actor_id", null);
        // not cached: the write below is its one reader (the counts and actor tables read the staged files)
        statements = NearDuplicates.withRepeats(withMentions(statements, resolvedMentions), repeats);

        // 10. write: every table into staging first, then into place
        long mark = System.nanoTime();
        writer.stage(statements.withColumn("statement_month", month(col("statement_date"))), "statements", "statement_month");
        mark = lap("statements (actors across articles, repeats) written", mark);
        // only the table gets the near copies' duplicate_of: a join of the whole articles once, at the write
        writer.stage(articlesWithTone
                .join(nearCopies.select("article_id", "near_duplicate_of"), "article_id", "left")
                .withColumn("duplicate_of", coalesce(col("duplicate_of"), col("near_duplicate_of")))
                .select(col("article_id"), col("source"), col("url"), col("title"), col("published_at"), col("published_date"),
                        col("language"), col("text"), col("chars"), col("sentences"), size(col("statements")).as("statements"),
                        col("sentiment"), col("truncated"), col("duplicate_of"), col("input_file"), col("input_record"),
                        col("text_minhash"), col("sentiment_label"))
                .withColumn("published_month", month(col("published_date"))), "articles", "published_month");
        mark = lap("articles written", mark);
        writer.stage(entities.withColumn("published_month", month(col("published_date"))), "entities", "published_month");
        writer.stage(rejects, "rejects");
        mark = lap("entities and rejects written", mark);
        Dataset<Row> allStatements = spark.read().parquet(writer.stagedPathOf("statements"));
        if (append) {
            // allowMissingColumns: an output written before a column was added still counts
            allStatements = allStatements.unionByName(spark.read().parquet(writer.pathOf("statements")), true);
        }
        allStatements = allStatements.drop("statement_month");
        writer.stage(Aggregates.actorDaily(allStatements).withColumn("month", month(col("date"))), "actor_daily", "month");
        writer.stage(Aggregates.actors(allStatements), "actors");
        lap("actor_daily and actors written", mark);
        // this run's figures, from the staged tables, before they move into place
        long statementCount = spark.read().parquet(writer.stagedPathOf("statements")).count();
        long articleCount = spark.read().parquet(writer.stagedPathOf("articles")).count();
        long rejectCount = spark.read().parquet(writer.stagedPathOf("rejects")).count();
        long actorCount = spark.read().parquet(writer.stagedPathOf("actors")).count();
        if (rejectCount > 0) {
            // what was rejected, by kind of reason (at most ten lines, whatever the corpus size)
            for (Row r : spark.read().parquet(writer.stagedPathOf("rejects"))
                    .groupBy(trim(regexp_extract(col("reason"), "^[^:]*: ([^(']*)", 1)).as("why")).count()
                    .orderBy(col("count").desc(), col("why")).limit(10).collectAsList()) {
                progress.accept(String.format(Locale.ROOT, "rejected %,d: %s", r.getLong(1), r.getString(0)));
            }
        }
        for (String table : new String[] {"statements", "articles", "entities", "rejects"}) {
            if (append) {
                writer.append(table);
            } else {
                writer.replace(table);
            }
        }
        writer.replace("actor_daily");
        writer.replace("actors");
        writer.cleanUp();
        analyzed.unpersist();
        surnames.unpersist();
        nearCopies.unpersist();
        modelEntities.ifPresent(Dataset::unpersist);
        repeats.unpersist();
        nlp.release();
        if (lexicons != null) {
            lexicons.destroy();
            cues.destroy();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new RunSummary(articleCount + rejectCount, articleCount, statementCount, actorCount, rejectCount, seconds);
    }

    private long lap(String what, long since) {
        long now = System.nanoTime();
        progress.accept(String.format(Locale.ROOT, "%s in %.1f s", what, (now - since) / 1e9));
        return now;
    }

    /** An article without an id gets a hash of its url and text, so reruns give the same id. */
    private static Column articleIdFromContent() {
        UserDefinedFunction hash = udf((String url, String text) -> Ids.hash(url, text), DataTypes.StringType);
        return hash.apply(col("url"), col("text"));
    }

    /** The existing table at {@code path}, when it has {@code column} (outputs of earlier versions may not). */
    private Dataset<Row> existingWith(String path, String column) {
        Dataset<Row> table = spark.read().parquet(path);
        return Arrays.asList(table.columns()).contains(column) ? table : null;
    }

    /** The same columns with {@code last} moved to the end, where the tables have always had them. */
    private static Dataset<Row> toEnd(Dataset<Row> df, String... last) {
        List<String> order = new ArrayList<>(Arrays.asList(df.columns()));
        order.removeAll(Arrays.asList(last));
        order.addAll(Arrays.asList(last));
        return df.select(order.stream().map(Column::new).toArray(Column[]::new));
    }

    /** "2025-05", or "unknown" for a missing date: the partition folders of the date-ranged tables. */
    private static Column month(Column date) {
        return coalesce(date_format(date, "yyyy-MM"), lit("unknown"));
    }

    /** Per statement id, the mentioned actors' ids with lone surnames resolved like speakers. */
    private static Dataset<Row> resolvedMentions(Dataset<Row> statements, Dataset<Row> surnames) {
        Dataset<Row> exploded = statements.select(col("statement_id"), explode(col("mentions")).as("mention_id"));
        Dataset<Row> resolved = CorpusActors.apply(exploded, surnames, "mention_id", null)
                .groupBy("statement_id")
                .agg(org.apache.spark.sql.functions.array_sort(
                        org.apache.spark.sql.functions.array_distinct(
                                org.apache.spark.sql.functions.collect_list(col("mention_id")))).as("resolved_mentions"));
        // renamed: both sides come from the same plan, and a self-join would mix up the two id columns
        return resolved.withColumnRenamed("statement_id", "resolved_statement_id");
    }

    private static Dataset<Row> withMentions(Dataset<Row> statements, Dataset<Row> byId) {
        return statements.join(byId, col("statement_id").equalTo(col("resolved_statement_id")), "left")
                .drop("resolved_statement_id")
                .withColumn("mentions", coalesce(col("resolved_mentions"), org.apache.spark.sql.functions.array().cast("array<string>")))
                .drop("resolved_mentions");
    }
}
