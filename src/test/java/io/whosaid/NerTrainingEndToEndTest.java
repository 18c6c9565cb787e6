package io.whosaid;

import io.whosaid.cli.Main;
import org.apache.spark.ml.PipelineModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** whosaid train-ner: the perceptron and CRF models it trains are ones that --ner-model PATH loads. */
class NerTrainingEndToEndTest {
    @Test
    void trainNerWritesAPerceptronModelThatRunUsesForTheEntities(@TempDir Path tmp) throws Exception {
        Path train = trainingFile(tmp);
        Path model = tmp.resolve("ner.txt.gz");
        assertEquals(0, Main.execute("train-ner", "--conll", train.toString(), "--output", model.toString(), "--iterations", "3",
                "--master", "local[2]"));
        assertTrue(Files.size(model) > 0);

        Path input = tmp.resolve("in.jsonl");
        // a person and a place the training data has, never together
        Files.writeString(input, "{\"id\":\"t1\",\"published_at\":\"2025-03-12\",\"text\":\"Tomas Reyes flew to Oslo.\"}\n");
        Path out = tmp.resolve("out");
        assertEquals(0, SparkRuns.run(input, out, "--ner-model", model.toString()));
        try (DuckDb db = new DuckDb(out)) {
            assertEquals(1, db.count("SELECT count(*) FROM {entities} WHERE text = 'Tomas Reyes' AND entity_type = 'PERSON'"));
            assertEquals(1, db.count("SELECT count(*) FROM {entities} WHERE text = 'Oslo' AND entity_type = 'LOC'"));
        }
    }

    @Test
    void trainNerWritesACrfModelThatRunLoads(@TempDir Path tmp) throws Exception {
        Path train = trainingFile(tmp);
        Path model = tmp.resolve("model");
        assertEquals(0, Main.execute("train-ner", "--kind", "crf", "--conll", train.toString(), "--output", model.toString(),
                "--epochs", "2", "--master", "local[2]"));
        PipelineModel loaded = PipelineModel.load(model.toString());
        assertEquals("NerConverter", loaded.stages()[loaded.stages().length - 1].getClass().getSimpleName());
        assertTrue(List.of(loaded.stages()).stream().anyMatch(s -> s.getClass().getSimpleName().equals("NerCrfModel")));

        Path input = tmp.resolve("in.jsonl");
        Files.writeString(input, "{\"id\":\"t1\",\"published_at\":\"2025-03-12\",\"text\":\"Anna Berg flew to Oslo.\"}\n");
        Path out = tmp.resolve("out");
        assertEquals(0, SparkRuns.run(input, out, "--ner-model", model.toString()));
        try (DuckDb db = new DuckDb(out)) {
            assertEquals(1, db.count("SELECT count(*) FROM {articles}"), "the trained model runs in the job");
        }
    }

    private static Path trainingFile(Path tmp) throws Exception {
        StringBuilder conll = new StringBuilder("-DOCSTART- O\n\n");
        String[][] people = {{"Marta", "Kowalski"}, {"Ines", "Corbett"}, {"Tomas", "Reyes"}, {"Anna", "Berg"}};
        String[] places = {"Qarnavik", "Lisbon", "Talland", "Oslo"};
        for (int i = 0; i < 40; i++) {
            String[] p = people[i % people.length];
            conll.append(p[0]).append(" I-PER\n").append(p[1]).append(" I-PER\n").append("flew O\nto O\n")
                    .append(places[i % places.length]).append(" I-LOC\n. O\n\n");
        }
        Path train = tmp.resolve("train.txt");
        Files.writeString(train, conll.toString());
        return train;
    }
}
