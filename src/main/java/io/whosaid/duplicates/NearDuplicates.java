package io.whosaid.duplicates;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;

/**
 * Syndicated near-duplicates across the corpus, by MinHash with banding: articles that share a
 * band meet in one group, each is compared with the earliest article of its groups, and a
 * similarity at or over the threshold makes it a copy of that article. Earliest means: already in
 * the output, then by publication date, then by id — so a copy always points back in time and
 * reruns give the same answer. Nothing is collected to the driver.
 */
public final class NearDuplicates {
    private NearDuplicates() {}

    /**
     * The near copies among {@code fresh}: (article_id, near_duplicate_of, similarity). Both inputs
     * have article_id, published_date, published_at and text_minhash; {@code earlier} (may be null)
     * holds articles already in the output, which can be originals but are never marked.
     */
    public static Dataset<Row> find(Dataset<Row> fresh, Dataset<Row> earlier, double minSimilarity) {
        if (!(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("the near-duplicate similarity must be in (0, 1], got " + minSimilarity);
        }
        Column[] fields = {col("article_id"), col("published_date"), col("published_at"), col("text_minhash")};
        Dataset<Row> all = fresh.select(fields).filter(col("text_minhash").isNotNull()).withColumn("is_new", lit(true));
        if (earlier != null) {
            all = all.unionByName(earlier.select(fields).filter(col("text_minhash").isNotNull()).withColumn("is_new", lit(false)));
            // the joins below infer filters that Spark 3.5's optimizer fails to push through this union
            // ("assertion failed" in PushPredicateThroughNonJoin): cached, the union is a leaf to them
            // (released with the rest of the run's cache when the command ends)
            all = all.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        }

        UserDefinedFunction bands = udf((scala.collection.Seq<Integer> signature) -> {
            long[] keys = MinHash.bandKeys(toInts(signature));
            return java.util.Arrays.stream(keys).boxed().toArray(Long[]::new);
        }, new ArrayType(DataTypes.LongType, false));
        WindowSpec earliestFirst = Window.partitionBy("band").orderBy(col("is_new"), col("published_date").asc_nulls_last(),
                col("published_at").asc_nulls_last(), col("article_id"));
        Dataset<Row> candidates = all
                .select(col("article_id"), col("is_new"), col("published_date"), col("published_at"),
                        explode(bands.apply(col("text_minhash"))).as("band"))
                .withColumn("original_id", first(col("article_id")).over(earliestFirst))
                .filter(col("is_new").and(col("article_id").notEqual(col("original_id"))))
                .select("article_id", "original_id")
                .distinct();

        UserDefinedFunction similarity = udf((scala.collection.Seq<Integer> a, scala.collection.Seq<Integer> b) ->
                MinHash.similarity(toInts(a), toInts(b)), DataTypes.DoubleType);
        Dataset<Row> copies = all.select(col("article_id"), col("text_minhash"));
        Dataset<Row> originals = all.select(col("article_id").as("o_id"), col("text_minhash").as("o_minhash"),
                col("is_new").as("o_is_new"), col("published_date").as("o_date"), col("published_at").as("o_at"));
        Dataset<Row> verified = candidates.join(copies, "article_id")
                .join(originals, col("original_id").equalTo(col("o_id")))
                .withColumn("similarity", similarity.apply(col("text_minhash"), col("o_minhash")))
                .filter(col("similarity").geq(minSimilarity));
        WindowSpec earliestOriginal = Window.partitionBy("article_id").orderBy(col("o_is_new"), col("o_date").asc_nulls_last(),
                col("o_at").asc_nulls_last(), col("o_id"));
        return verified.withColumn("rank", row_number().over(earliestOriginal))
                .filter(col("rank").equalTo(1))
                .select(col("article_id"), col("original_id").as("near_duplicate_of"), col("similarity"));
    }

    /**
     * The statements of near copies that repeat a statement of the article they copy (same
     * words, case and punctuation aside): (repeat_statement, repeat_of). {@code statements} and
     * {@code pool} need statement_id, article_id and content; the pool holds the statements the
     * originals may be in (earlier batches too).
     */
    public static Dataset<Row> repeats(Dataset<Row> statements, Dataset<Row> copies, Dataset<Row> pool) {
        // only the statements of articles that were copied can be repeated. No broadcast hints: the copies grow
        // with the corpus (a wire story copied a hundred times), so Spark picks a broadcast only while they are small
        Dataset<Row> copiedArticles = copies.select(col("near_duplicate_of").as("article_id")).distinct();
        Dataset<Row> originalStatements = pool.join(copiedArticles, "article_id", "left_semi")
                .select(col("article_id").as("original_article"), contentKey(col("content")).as("original_key"),
                        col("statement_id").as("original_statement"))
                .groupBy("original_article", "original_key")
                .agg(min(col("original_statement")).as("repeat_of"));
        return statements.select(col("statement_id").as("repeat_statement"), col("article_id"), col("content"))
                .join(copies.select(col("article_id"), col("near_duplicate_of")), "article_id")
                .join(originalStatements, col("near_duplicate_of").equalTo(col("original_article"))
                        .and(contentKey(col("content")).equalTo(col("original_key"))))
                .select("repeat_statement", "repeat_of");
    }

    /** Adds {@code repeat_of} (null for a statement said there first); a broadcast join while the repeats are small. */
    public static Dataset<Row> withRepeats(Dataset<Row> statements, Dataset<Row> repeats) {
        return statements.join(repeats, col("statement_id").equalTo(col("repeat_statement")), "left")
                .drop("repeat_statement");
    }

    /** Words only, lower-cased: a copy that changed a quote mark or a comma repeats the same statement. */
    private static Column contentKey(Column content) {
        return trim(regexp_replace(lower(content), "[^\\p{L}\\p{N}]+", " "));
    }

    private static int[] toInts(scala.collection.Seq<Integer> values) {
        List<Integer> list = scala.collection.JavaConverters.seqAsJavaList(values);
        int[] ints = new int[list.size()];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = list.get(i);
        }
        return ints;
    }
}
