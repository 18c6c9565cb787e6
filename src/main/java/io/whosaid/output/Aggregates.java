package io.whosaid.output;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/** The dashboard tables built from statements: actor_daily and actors. */
public final class Aggregates {
    private Aggregates() {}

    private static org.apache.spark.sql.Column countIf(org.apache.spark.sql.Column condition) {
        return sum(when(condition, 1).otherwise(0)).cast("int");
    }

    /** The most frequent display name and type of each actor id (ties: the alphabetically first). */
    private static Dataset<Row> names(Dataset<Row> statements) {
        Dataset<Row> counts = statements.groupBy("actor_id", "actor_name", "actor_type").agg(count(lit(1)).as("n"));
        return counts.withColumn("rank", row_number().over(Window.partitionBy("actor_id")
                        .orderBy(col("n").desc(), col("actor_name"), col("actor_type"))))
                .filter(col("rank").equalTo(1))
                .select(col("actor_id"), col("actor_name"), col("actor_type"));
    }

    /**
     * Statements that count: a statement repeated in a syndicated copy ({@code repeat_of} set) is
     * counted once, where it first appeared.
     */
    private static Column counted() {
        return col("repeat_of").isNull();
    }

    public static Dataset<Row> actorDaily(Dataset<Row> statements) {
        Dataset<Row> attributed = statements.filter(col("actor_id").isNotNull().and(col("statement_date").isNotNull()));
        Column counted = counted();
        Dataset<Row> daily = attributed.groupBy(col("actor_id"), col("statement_date").as("date")).agg(
                countIf(counted).as("statements"),
                countIf(counted.and(col("kind").equalTo("direct"))).as("direct_quotes"),
                // sets, not countDistinct: several distinct counts make Spark copy every row once per count
                size(collect_set(when(counted, col("article_id")))).as("articles"),
                array_sort(collect_set(when(counted, col("source")))).as("source_names"),
                avg(when(counted, col("sentiment"))).as("mean_sentiment"),
                countIf(counted.and(col("sentiment_label").equalTo("negative"))).as("negative"),
                countIf(counted.and(col("sentiment_label").equalTo("neutral"))).as("neutral"),
                countIf(counted.and(col("sentiment_label").equalTo("positive"))).as("positive"),
                countIf(counted.unary_$bang()).as("repeats"));
        return daily.withColumn("sources", size(col("source_names")))
                .join(names(attributed), "actor_id")
                .select("actor_id", "actor_name", "actor_type", "date", "statements", "direct_quotes", "articles", "sources",
                        "source_names", "mean_sentiment", "negative", "neutral", "positive", "repeats");
    }

    public static Dataset<Row> actors(Dataset<Row> statements) {
        Dataset<Row> attributed = statements.filter(col("actor_id").isNotNull().and(counted()));
        Dataset<Row> stats = attributed.groupBy("actor_id").agg(
                array_sort(array_distinct(collect_set(col("actor_name")))).as("names"),
                array_sort(collect_set(col("speaker_text"))).as("written"),
                array_sort(collect_set(col("actor_role"))).as("roles"),
                min(col("statement_date")).as("first_seen"),
                max(col("statement_date")).as("last_seen"),
                count(lit(1)).cast("int").as("statements"),
                size(collect_set(col("article_id"))).as("articles"));
        return stats.join(names(attributed), "actor_id")
                .withColumn("aliases", array_sort(array_distinct(org.apache.spark.sql.functions.concat(col("names"), col("written")))))
                .select("actor_id", "actor_name", "actor_type", "aliases", "roles", "first_seen", "last_seen", "statements", "articles");
    }
}
