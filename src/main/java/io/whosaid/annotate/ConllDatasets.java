package io.whosaid.annotate;

import com.johnsnowlabs.nlp.training.CoNLL;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

/** The NER trainers' training data: a CoNLL-2003-style file as the Spark NLP CoNLL reader's dataset. */
final class ConllDatasets {
    private ConllDatasets() {}

    /**
     * @param toSparkNlp turns the file's lines into the "WORD POS CHUNK TAG" lines the reader takes
     * @param work       a scratch folder for the converted file
     * @return the sentences with document, sentence, token, pos and label annotations, persisted
     */
    static Dataset<Row> read(SparkSession spark, Path conll, UnaryOperator<List<String>> toSparkNlp, Path work,
                             Consumer<String> progress) throws IOException {
        if (!Files.isRegularFile(conll)) {
            throw new IllegalArgumentException("training file not found: " + conll);
        }
        Path converted = work.resolve("train.conll");
        Files.write(converted, toSparkNlp.apply(Files.readAllLines(conll, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        CoNLL reader = new CoNLL("document", "sentence", "token", "pos", 3, 1, "doc_id", "text", "label", true, " ", false);
        Dataset<Row> data = reader.readDataset(spark, converted.toString(), reader.readDataset$default$3(), 2,
                StorageLevel.MEMORY_AND_DISK()).toDF().filter(size(col("token")).gt(0)).persist(StorageLevel.MEMORY_AND_DISK());
        progress.accept("training sentences: " + data.count());
        return data;
    }
}
