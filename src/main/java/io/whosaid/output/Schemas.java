package io.whosaid.output;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Explicit schemas of every intermediate and output table (see CONTRACT.md). */
public final class Schemas {
    private Schemas() {}

    private static StructField str(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }

    private static StructField integer(String name) {
        return DataTypes.createStructField(name, DataTypes.IntegerType, true);
    }

    /** What a reader yields: an article's fields, or the reason it could not be read. */
    public static final StructType RAW = new StructType(new StructField[] {
            str("input_file"), str("record"), DataTypes.createStructField("record_index", DataTypes.LongType, false), str("raw"),
            str("id"), str("url"), str("source"), str("title"), str("published_at"), str("text"),
            str("reject_reason")});

    public static final StructType STATEMENT = new StructType(new StructField[] {
            str("statement_id"), integer("sentence_index"), integer("begin"), integer("end"),
            str("content"), str("sentence"), str("kind"), str("cue"), str("speaker_text"),
            integer("speaker_begin"), integer("speaker_end"), str("actor_id"), str("actor_name"), str("actor_type"),
            str("actor_role"), DataTypes.createStructField("statement_date", DataTypes.DateType, true),
            str("date_precision"), str("date_source"),
            DataTypes.createStructField("mentions", new ArrayType(DataTypes.StringType, false), true),
            DataTypes.createStructField("fragments", new ArrayType(new StructType(new StructField[] {
                    integer("begin"), integer("end")}), false), true),
            DataTypes.createStructField("sentiment", DataTypes.DoubleType, true), str("sentiment_label")});

    public static final StructType ENTITY = new StructType(new StructField[] {
            integer("sentence_index"), integer("begin"), integer("end"), str("text"), str("entity_type"), str("actor_id")});

    /** An article after the language stages, or a reject with its reason. */
    public static final StructType ANALYZED = new StructType(new StructField[] {
            str("article_id"), str("source"), str("url"), str("title"), str("published_at"),
            DataTypes.createStructField("published_date", DataTypes.DateType, true),
            str("language"), str("text"), integer("chars"), integer("sentences"),
            DataTypes.createStructField("truncated", DataTypes.BooleanType, false),
            str("input_file"), str("input_record"), str("raw"), str("reject_reason"),
            DataTypes.createStructField("statements", new ArrayType(STATEMENT, false), true),
            DataTypes.createStructField("entities", new ArrayType(ENTITY, false), true),
            str("duplicate_of"),
            DataTypes.createStructField("text_minhash", new ArrayType(DataTypes.IntegerType, false), true),
            DataTypes.createStructField("sentiment", DataTypes.DoubleType, true), str("sentiment_label")});
}
