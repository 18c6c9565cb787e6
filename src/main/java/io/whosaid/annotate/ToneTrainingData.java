package io.whosaid.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.whosaid.text.Token;
import io.whosaid.text.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Labelled sentences for {@link ToneModelTrainer}, from JSON Lines: one object a line with the
 * sentence in {@code text} and its class in {@code polarity} (NewsMTSC's field), {@code label} or
 * {@code sentiment_label}: negative, neutral or positive.
 */
public final class ToneTrainingData {
    private static final List<String> LABEL_FIELDS = List.of("polarity", "label", "sentiment_label");

    private ToneTrainingData() {}

    /**
     * @param lexicon the lexicon's tone of a sentence, as the language stage computes it
     */
    public static List<ToneModelTrainer.Example> read(Path jsonl, ToDoubleFunction<String> lexicon) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Tokenizer tokenizer = new Tokenizer();
        List<ToneModelTrainer.Example> examples = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String where = jsonl + " line " + lineNumber;
                JsonNode record;
                try {
                    record = json.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IOException(where + ": not a JSON object: " + e.getOriginalMessage(), e);
                }
                String text = record.path("text").asText("");
                if (text.isBlank()) {
                    throw new IOException(where + ": no 'text'");
                }
                String label = LABEL_FIELDS.stream().map(f -> record.path(f).asText("")).filter(s -> !s.isEmpty())
                        .findFirst().orElseThrow(() -> new IOException(where + ": no label in any of " + LABEL_FIELDS)).toLowerCase(Locale.ROOT);
                if (!ToneModel.LABELS.contains(label)) {
                    throw new IOException(where + ": the label '" + label + "' is not one of " + ToneModel.LABELS);
                }
                List<String> words = tokenizer.tokenize(text).stream().map(Token::lower).toList();
                examples.add(new ToneModelTrainer.Example(words, lexicon.applyAsDouble(text), label));
            }
        }
        if (examples.isEmpty()) {
            throw new IOException(jsonl + " holds no examples");
        }
        return examples;
    }
}
