package io.whosaid.cli;

import io.whosaid.Job;
import io.whosaid.JobOptions;
import io.whosaid.RunSummary;
import io.whosaid.WriteMode;
import io.whosaid.eval.EntityPrediction;
import io.whosaid.eval.GoldFiles;
import io.whosaid.eval.NerScorer;
import io.whosaid.eval.AttributionScorer;
import io.whosaid.eval.SentimentScorer;
import io.whosaid.eval.StatementPrediction;
import io.whosaid.ingest.FieldMapping;
import io.whosaid.output.DuckDbCatalog;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code whosaid evaluate}: runs the job on a gold file's articles and scores the output with the
 * same rules and figures as the project's evaluation scripts (attribution gold: statements;
 * NER gold: entities; sentiment gold: each sentence's tone), so users can measure the pipeline on
 * their own annotated data.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Run the job on the articles of a gold file and print the scores: attribution "
                + "(content exact/overlap, attribution, per kind, cue match) for a gold with 'attributions', "
                + "exact and lenient NER figures for a gold with 'entities', tone accuracy and macro-F1 for a gold with "
                + "'polarity' (one sentence a line, as NewsMTSC).")
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "Gold JSON Lines: one article a line with id, text, published_at and 'attributions' or 'entities', "
                    + "or one sentence a line with id, text and 'polarity'.")
    Path gold;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Where the job writes its tables (replaced).")
    String output;

    @Mixin
    SparkOptions sparkOptions;

    @Option(names = "--lexicons", paramLabel = "DIR", description = "Replacement lexicon files, as for run.")
    String lexicons;

    @Option(names = "--ner-model", paramLabel = "PATH|pretrained:NAME", description = "A Spark NLP NER model, as for run.")
    String nerModel;

    @Option(names = "--sentiment-model", paramLabel = "PATH|lexicon", description = "The tone model, as for run.")
    String sentimentModel;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException("gold file not found: " + gold);
        }
        String kind = GoldFiles.kindOf(gold);
        Path input = Files.createTempDirectory("whosaid-gold-input");
        Path inputFile = input.resolve("articles.jsonl");
        GoldFiles.writePipelineInput(gold, inputFile);
        JobOptions options = new JobOptions(inputFile.toString(), output, null, FieldMapping.identity(), 10_000_000, lexicons,
                sentimentModel, null, 0, WriteMode.OVERWRITE, nerModel, JobOptions.DEFAULT_NEAR_DUPLICATE_SIMILARITY,
                JobOptions.DEFAULT_TARGET_FILE_BYTES);
        SparkSession spark = sparkOptions.session("whosaid-evaluate");
        try {
            RunSummary summary = new Job(spark, options, m -> System.err.println("[whosaid] " + m)).run();
            System.err.println(summary.line());
        } finally {
            // not stopped here: Spark NLP keeps the first session for good, so a second run in the same JVM
            // (tests, notebooks) must find it alive; the JVM's exit stops it
            spark.catalog().clearCache();
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Connection c = DuckDbCatalog.open(Path.of(output))) {
            if (!kind.equals("sentiment")) {
                // the sentiment gold has no offsets into the text
                warnOnChangedTexts(c, out);
            }
            if (kind.equals("attribution")) {
                out.println(AttributionScorer.score(GoldFiles.readAttributionGold(gold), statements(c)).report());
            } else if (kind.equals("sentiment")) {
                out.println(SentimentScorer.score(GoldFiles.readSentimentGold(gold), sentimentLabels(c)).report());
            } else {
                out.println(NerScorer.score(GoldFiles.readNerGold(gold), entities(c)).report());
            }
        }
        out.flush();
        return 0;
    }

    /** Offsets are into the cleaned text; where cleaning changed a gold text, its offsets cannot be compared. */
    private void warnOnChangedTexts(Connection c, PrintWriter out) throws Exception {
        Map<String, String> texts = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT article_id, text FROM articles")) {
            while (rs.next()) {
                texts.put(rs.getString(1), rs.getString(2));
            }
        }
        int changed = 0;
        for (var article : GoldFiles.readArticles(gold)) {
            String text = texts.get(article.id());
            if (text != null && !text.equals(article.text())) {
                changed++;
            }
        }
        if (changed > 0) {
            out.println("warning: cleaning changed the text of " + changed + " gold articles; their offsets may not line up");
        }
    }

    private static List<StatementPrediction> statements(Connection c) throws Exception {
        List<StatementPrediction> predictions = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT article_id, \"begin\", \"end\", speaker_text, actor_name, cue, kind FROM statements")) {
            while (rs.next()) {
                predictions.add(new StatementPrediction(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        return predictions;
    }

    private static Map<String, String> sentimentLabels(Connection c) throws Exception {
        Map<String, String> labels = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT article_id, sentiment_label FROM articles")) {
            while (rs.next()) {
                labels.put(rs.getString(1), rs.getString(2));
            }
        }
        return labels;
    }

    private static List<EntityPrediction> entities(Connection c) throws Exception {
        List<EntityPrediction> predictions = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT article_id, \"begin\", \"end\", entity_type, text FROM entities")) {
            while (rs.next()) {
                predictions.add(new EntityPrediction(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
            }
        }
        return predictions;
    }
}
