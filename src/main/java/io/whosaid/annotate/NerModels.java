package io.whosaid.annotate;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.embeddings.WordEmbeddingsModel;
import io.whosaid.actors.ActorNames;
import io.whosaid.speakers.ActorType;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.udf;

/**
 * A Spark NLP NER model in place of the rule-based recogniser, for the entities table:
 * {@code --ner-model PATH} loads a saved PipelineModel that reads a "document" column and
 * writes "ner_chunk" (e.g. one trained with NerDLApproach or BertForTokenClassification and a
 * NerConverter); {@code --ner-model pretrained:NAME} builds the usual pretrained pipeline
 * (GloVe 100d + NerDLModel NAME), which needs Spark NLP's model download to be reachable.
 */
final class NerModels {
    private static final String PRETRAINED = "pretrained:";

    private final PipelineModel model;

    private NerModels(PipelineModel model) {
        this.model = model;
    }

    static NerModels load(SparkSession spark, String spec) {
        DocumentAssembler document = new DocumentAssembler();
        document.setInputCol("ner_text");
        document.setOutputCol("document");
        PipelineStage[] stages;
        if (spec.startsWith(PRETRAINED)) {
            String name = spec.substring(PRETRAINED.length());
            SentenceDetector sentences = new SentenceDetector();
            sentences.setInputCols(new String[] {"document"});
            sentences.setOutputCol("sentence");
            Tokenizer tokens = new Tokenizer();
            tokens.setInputCols(new String[] {"sentence"});
            tokens.setOutputCol("token");
            WordEmbeddingsModel embeddings;
            NerDLModel ner;
            try {
                embeddings = WordEmbeddingsModel.pretrained("glove_100d");
                ner = NerDLModel.pretrained(name, "en");
            } catch (RuntimeException e) {
                throw new IllegalStateException("cannot load the pretrained NER model '" + name + "': Spark NLP downloads it, "
                        + "which needs internet access; download it once and pass its folder with --ner-model PATH", e);
            }
            embeddings.setInputCols(new String[] {"sentence", "token"});
            embeddings.setOutputCol("embeddings");
            ner.setInputCols(new String[] {"sentence", "token", "embeddings"});
            ner.setOutputCol("ner");
            NerConverter chunks = new NerConverter();
            chunks.setInputCols(new String[] {"sentence", "token", "ner"});
            chunks.setOutputCol("ner_chunk");
            stages = new PipelineStage[] {document, sentences, tokens, embeddings, ner, chunks};
        } else {
            PipelineModel saved;
            try {
                saved = PipelineModel.load(spec);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cannot load a Spark NLP PipelineModel from " + spec + ": " + e.getMessage(), e);
            }
            stages = new PipelineStage[] {document, saved};
        }
        StructType schema = new StructType(new StructField[] {DataTypes.createStructField("ner_text", DataTypes.StringType, true)});
        PipelineModel fitted = new Pipeline().setStages(stages).fit(spark.createDataFrame(List.of(), schema));
        return new NerModels(fitted);
    }

    /**
     * The entities of each article (columns of the entities table) from the model's chunks,
     * offsets converted from Spark NLP's inclusive UTF-16 ends to exclusive code points.
     */
    Dataset<Row> entities(Dataset<Row> articles) {
        UserDefinedFunction codePoint = udf((String text, Integer utf16) -> text.codePointCount(0, Math.min(utf16, text.length())),
                DataTypes.IntegerType);
        UserDefinedFunction type = udf((String label) -> normalizeType(label), DataTypes.StringType);
        UserDefinedFunction actor = udf((String t, String text) -> actorId(t, text), DataTypes.StringType);
        Dataset<Row> chunks = model.transform(articles.withColumn("ner_text", col("text")))
                .select(col("article_id"), col("published_date"), col("text"), explode(col("ner_chunk")).as("chunk"));
        return chunks.select(
                col("article_id"),
                col("chunk.metadata").getItem("sentence").cast("int").as("sentence_index"),
                codePoint.apply(col("text"), col("chunk.begin")).as("begin"),
                codePoint.apply(col("text"), col("chunk.end").plus(1)).as("end"),
                col("chunk.result").as("text"),
                type.apply(col("chunk.metadata").getItem("entity")).as("entity_type"),
                col("published_date"))
                .withColumn("actor_id", actor.apply(col("entity_type"), col("text")))
                .select("article_id", "sentence_index", "begin", "end", "text", "entity_type", "actor_id", "published_date");
    }

    static String normalizeType(String label) {
        if (label == null) {
            return "MISC";
        }
        return switch (label.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON" -> "PERSON";
            case "ORG", "ORGANIZATION", "ORGANISATION" -> "ORG";
            case "LOC", "LOCATION", "GPE", "FAC" -> "LOC";
            default -> label.toUpperCase(Locale.ROOT);
        };
    }

    static String actorId(String type, String text) {
        return switch (type) {
            case "PERSON" -> ActorNames.actorId(ActorType.PERSON, text);
            case "ORG" -> ActorNames.actorId(ActorType.ORG, text);
            case "LOC" -> ActorNames.actorId(ActorType.GPE, text);
            default -> null;
        };
    }
}
