package io.whosaid.actors;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

/**
 * Resolves actors across articles: a person written only by surname in an article ("Zelensky",
 * id person:zelensky) gets the id of the full name that the corpus most often gives that surname
 * (person:volodymyr-zelensky). Deterministic: ties go to the smaller id. The map has one row per
 * surname, so it grows with the number of actors, not of articles.
 */
public final class CorpusActors {
    private static final String SINGLE = "^person:([a-z0-9]+)$";
    private static final String SURNAME_OF_FULL = "^person:[a-z0-9-]+-([a-z0-9]+)$";

    private CorpusActors() {}

    /** surname, full_id, full_name: from person ids with at least two words, with their names. */
    public static Dataset<Row> surnameMap(Dataset<Row> personIdsAndNames) {
        Dataset<Row> full = personIdsAndNames
                .withColumn("surname", regexp_extract(col("id"), SURNAME_OF_FULL, 1))
                .filter(col("surname").notEqual(""))
                .groupBy("surname", "id", "name").agg(count(lit(1)).as("n"));
        WindowSpec bySurname = Window.partitionBy("surname").orderBy(col("n").desc(), col("id"), col("name"));
        return full.withColumn("rank", row_number().over(bySurname))
                .filter(col("rank").equalTo(1))
                .select(col("surname"), col("id").as("full_id"), col("name").as("full_name"));
    }

    /** Replaces surname-only person ids in {@code idColumn} (and the name in {@code nameColumn}, if given). */
    public static Dataset<Row> apply(Dataset<Row> df, Dataset<Row> surnameMap, String idColumn, String nameColumn) {
        Column surname = regexp_extract(col(idColumn), SINGLE, 1);
        Dataset<Row> keyed = df.withColumn("_surname", when(surname.notEqual(""), surname));
        Dataset<Row> joined = keyed.join(broadcastIfSmall(surnameMap), keyed.col("_surname").equalTo(col("surname")), "left");
        Dataset<Row> out = joined.withColumn(idColumn, coalesce(col("full_id"), col(idColumn)));
        if (nameColumn != null) {
            out = out.withColumn(nameColumn, when(col("full_id").isNotNull(), col("full_name")).otherwise(col(nameColumn)));
        }
        return out.drop("_surname", "surname", "full_id", "full_name");
    }

    private static Dataset<Row> broadcastIfSmall(Dataset<Row> map) {
        return broadcast(map); // one row per surname; Spark falls back to a shuffle join if it exceeds memory limits
    }
}
