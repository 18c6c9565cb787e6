package io.whosaid.annotate;

import io.whosaid.text.Token;
import io.whosaid.text.Tokenizer;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds Spark NLP's "document" and "token" annotation columns with whosaid's own tokenizer,
 * so that Spark NLP annotators downstream (the sentiment detector, a NER model) run without
 * Spark NLP's much slower DocumentAssembler and Tokenizer (about 50 times slower than plain
 * Java on news text on two cores). Every input column is kept; two are added.
 */
public final class AnnotationColumns implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final DataType ANNOTATION = com.johnsnowlabs.nlp.Annotation$.MODULE$.dataType();
    private static final Map<String, String> FIRST_SENTENCE = Map.of("sentence", "0");

    private final String textColumn;
    private final int textIndex;
    private final java.util.Set<String> keptWords;

    private AnnotationColumns(String textColumn, int textIndex, java.util.Set<String> keptWords) {
        this.textColumn = textColumn;
        this.textIndex = textIndex;
        this.keptWords = keptWords;
    }

    public static AnnotationColumns of(StructType schema, String textColumn) {
        return new AnnotationColumns(textColumn, schema.fieldIndex(textColumn), null);
    }

    /**
     * Only the tokens in {@code keptWords} (lower-cased) become annotations: a lexicon annotator
     * ignores the others, and moving every word of every article through Spark NLP's
     * annotation structs is most of its cost.
     */
    public static AnnotationColumns keeping(StructType schema, String textColumn, java.util.Set<String> keptWords) {
        return new AnnotationColumns(textColumn, schema.fieldIndex(textColumn), java.util.Set.copyOf(keptWords));
    }

    /** The input schema with "{prefix}_document" and "{prefix}_token" annotation columns added. */
    public static StructType outputSchema(StructType input, String prefix) {
        return input
                .add(new StructField(prefix + "_document", new ArrayType(ANNOTATION, true), true, annotatorType("document")))
                .add(new StructField(prefix + "_token", new ArrayType(ANNOTATION, true), true, annotatorType("token")));
    }

    /** Mapping over partitions drops column metadata; Spark NLP finds its inputs by it, so put it back. */
    public static org.apache.spark.sql.Dataset<Row> restoreMetadata(org.apache.spark.sql.Dataset<Row> df, String prefix) {
        return df.withColumn(prefix + "_document", df.col(prefix + "_document").as(prefix + "_document", annotatorType("document")))
                .withColumn(prefix + "_token", df.col(prefix + "_token").as(prefix + "_token", annotatorType("token")));
    }

    private static Metadata annotatorType(String type) {
        return new MetadataBuilder().putString("annotatorType", type).build();
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Tokenizer tokenizer = new Tokenizer();
        scala.collection.immutable.Map<String, String> sentence = toScala(FIRST_SENTENCE);
        scala.collection.immutable.Map<String, String> none = toScala(Map.of());
        float[] noEmbeddings = new float[0];
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                String text = row.isNullAt(textIndex) ? "" : row.getString(textIndex);
                Object[] values = new Object[row.length() + 2];
                for (int i = 0; i < row.length(); i++) {
                    values[i] = row.get(i);
                }
                Row document = RowFactory.create("document", 0, Math.max(0, text.length() - 1), text, sentence, noEmbeddings);
                List<Row> tokens = new ArrayList<>();
                for (Token t : tokenizer.tokenize(text)) {
                    if (keptWords != null && !keptWords.contains(t.lower())) {
                        continue;
                    }
                    tokens.add(RowFactory.create("token", t.begin(), t.end() - 1, t.text(), sentence, noEmbeddings));
                }
                values[row.length()] = new Row[] {document};
                values[row.length() + 1] = tokens.toArray(new Row[0]);
                return RowFactory.create(values);
            }
        };
    }

    /** A Java map as the Scala map Spark NLP's annotations carry as metadata. */
    static scala.collection.immutable.Map<String, String> toScala(Map<String, String> map) {
        scala.collection.immutable.Map<String, String> result = new scala.collection.immutable.HashMap<>();
        for (Map.Entry<String, String> e : map.entrySet()) {
            result = result.$plus(new scala.Tuple2<>(e.getKey(), e.getValue()));
        }
        return result;
    }

    String textColumn() {
        return textColumn;
    }

    static DataType annotationType() {
        return DataTypes.createArrayType(ANNOTATION);
    }
}
