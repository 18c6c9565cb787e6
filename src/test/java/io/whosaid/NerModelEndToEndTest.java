package io.whosaid;

import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.er.EntityRulerApproach;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** --ner-model: a saved Spark NLP pipeline replaces the rule-based recogniser for the entities table. */
class NerModelEndToEndTest {
    @Test
    void aSavedSparkNlpPipelineWritesTheEntities(@TempDir Path tmp) throws Exception {
        // a user's model: sentences, tokens and an EntityRuler trained on a patterns file, saved with Spark ML
        Path patterns = tmp.resolve("patterns.json");
        Files.writeString(patterns, "[{\"label\":\"PERSON\",\"patterns\":[\"Ana Costa\"]},{\"label\":\"LOC\",\"patterns\":[\"Lisbon\"]}]");
        SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").getOrCreate();
        SentenceDetector sentences = new SentenceDetector();
        sentences.setInputCols(new String[] {"document"});
        sentences.setOutputCol("sentence");
        Tokenizer tokens = new Tokenizer();
        tokens.setInputCols(new String[] {"sentence"});
        tokens.setOutputCol("token");
        EntityRulerApproach ruler = new EntityRulerApproach();
        ruler.setInputCols(new String[] {"sentence", "token"});
        ruler.setOutputCol("ner_chunk");
        ruler.setPatternsResource(patterns.toString(), ReadAs.TEXT(), new scala.collection.immutable.Map.Map1<>("format", "JSON"));
        Metadata document = new MetadataBuilder().putString("annotatorType", "document").build();
        StructType schema = new StructType(new StructField[] {new StructField("document",
                DataTypes.createArrayType(com.johnsnowlabs.nlp.Annotation$.MODULE$.dataType()), true, document)});
        PipelineModel model = new Pipeline().setStages(new PipelineStage[] {sentences, tokens, ruler})
                .fit(spark.createDataFrame(List.of(), schema));
        Path modelDir = tmp.resolve("ner-model");
        model.write().save(modelDir.toString());

        Path input = tmp.resolve("in.jsonl");
        Files.writeString(input, "{\"id\":\"n1\",\"published_at\":\"2025-03-12\",\"text\":\"Ana Costa flew to Lisbon on Monday. "
                + "\\\"The talks went well,\\\" Ana Costa said.\"}\n");
        Path out = tmp.resolve("out");
        assertEquals(0, SparkRuns.run(input, out, "--ner-model", modelDir.toString()));

        try (DuckDb db = new DuckDb(out)) {
            List<Map<String, Object>> entities = db.rows("SELECT text, entity_type, \"begin\", \"end\", actor_id FROM {entities} ORDER BY \"begin\"");
            assertEquals(3, entities.size(), entities::toString);
            assertEquals("Ana Costa", entities.get(0).get("text"));
            assertEquals("PERSON", entities.get(0).get("entity_type"));
            assertEquals(0, ((Number) entities.get(0).get("begin")).intValue());
            assertEquals(9, ((Number) entities.get(0).get("end")).intValue(), "exclusive end");
            assertEquals("person:ana-costa", entities.get(0).get("actor_id"));
            assertEquals("LOC", entities.get(1).get("entity_type"));
            assertEquals("person:ana-costa", db.value("SELECT actor_id FROM {statements}"), "statements still attributed");
        }
    }
}
