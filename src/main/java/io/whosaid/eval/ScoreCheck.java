package io.whosaid.eval;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line check of the scorers against JSON Lines files, to compare with the Python scorers:
 * <pre>
 *   ScoreCheck attribution GOLD.jsonl PREDICTIONS.jsonl
 *   ScoreCheck ner GOLD.jsonl PREDICTIONS(.jsonl|folder) [--keep-gpe] [--end-inclusive]
 *   ScoreCheck input GOLD.jsonl OUT.jsonl        (write the gold articles as pipeline input)
 * </pre>
 */
public final class ScoreCheck {
    private ScoreCheck() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: ScoreCheck attribution|ner|input GOLD.jsonl PREDICTIONS|OUT [--keep-gpe] [--end-inclusive]");
            System.exit(2);
        }
        Path gold = Path.of(args[1]);
        Path other = Path.of(args[2]);
        List<String> flags = Arrays.asList(args).subList(3, args.length);
        switch (args[0]) {
            case "attribution" -> System.out.print(AttributionScorer.score(GoldFiles.readAttributionGold(gold),
                    PredictionFiles.readStatements(other)).report());
            case "ner" -> System.out.print(NerScorer.score(GoldFiles.readNerGold(gold),
                    PredictionFiles.readEntities(other), flags.contains("--keep-gpe"),
                    flags.contains("--end-inclusive")).report());
            case "input" -> System.out.println(GoldFiles.writePipelineInput(gold, other) + " articles written to " + other);
            default -> {
                System.err.println("unknown check '" + args[0] + "': attribution, ner or input");
                System.exit(2);
            }
        }
    }
}
