package io.whosaid.annotate;

import com.johnsnowlabs.nlp.annotators.pos.perceptron.AveragedPerceptron;
import io.whosaid.lexicon.Lexicon;
import io.whosaid.text.Sentence;
import io.whosaid.text.Span;
import io.whosaid.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The default entity recogniser: a Spark NLP averaged perceptron (PerceptronModel's weights)
 * trained on IOB entity tags instead of parts of speech (see {@link PerceptronNerTrainer}). It
 * tags whosaid's own sentences and tokens inside the language stage (see {@link PerceptronTagger}),
 * because one more DataFrame pass of Spark NLP annotations costs more than the tagging itself.
 */
public final class PerceptronEntityRecognizer implements EntityRecognizer {
    /** Titles that begin a PERSON mention are roles, not names ("Chancellor Olaf Scholz" -> "Olaf Scholz"). */
    private final Lexicon titles;
    private final PerceptronTagger tagger;

    public PerceptronEntityRecognizer(AveragedPerceptron weights, Lexicon titles) {
        this.titles = Objects.requireNonNull(titles, "titles");
        this.tagger = new PerceptronTagger(Objects.requireNonNull(weights, "perceptron weights"));
    }

    @Override
    public List<EntityMention> recognize(String text, List<Sentence> sentences) {
        List<Sentence> nonEmpty = sentences.stream().filter(s -> !s.tokens().isEmpty()).toList();
        if (nonEmpty.isEmpty()) {
            return List.of();
        }
        List<String[]> words = new ArrayList<>(nonEmpty.size());
        for (Sentence sentence : nonEmpty) {
            words.add(sentence.tokens().stream().map(t -> trainingForm(t.text())).toArray(String[]::new));
        }
        String[][] tags = tagger.tag(words);
        List<EntityMention> mentions = new ArrayList<>();
        for (int i = 0; i < tags.length; i++) {
            addMentions(text, nonEmpty.get(i), tags[i], titles, mentions);
        }
        return mentions;
    }

    /** IOB tags into mentions: B-X opens, I-X continues an open X (and opens one after anything else). */
    static void addMentions(String text, Sentence sentence, String[] tags, Lexicon titles, List<EntityMention> out) {
        List<Token> tokens = sentence.tokens();
        int start = -1;
        String type = null;
        for (int j = 0; j <= tokens.size(); j++) {
            String tag = j < tokens.size() ? tags[j] : "O";
            String tagType = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean continues = tag.startsWith("I-") && tagType.equals(type);
            if (!continues && type != null) {
                int first = start;
                while (type.equals("PER") && first < j - 1 && titles.contains(tokens.get(first).lower())) {
                    first++;
                }
                Span span = new Span(tokens.get(first).begin(), tokens.get(j - 1).end());
                out.add(new EntityMention(sentence.index(), span, span.of(text), entityType(type)));
                type = null;
            }
            if (!continues && tagType != null) {
                start = j;
                type = tagType;
            }
        }
    }

    /** The contract's entity types for CoNLL's labels. */
    static String entityType(String label) {
        return switch (label) {
            case "PER" -> "PERSON";
            case "ORG", "LOC", "MISC" -> label;
            default -> NerModels.normalizeType(label);
        };
    }

    /** Typographic marks as the ASCII ones of the training text (Reuters wire copy): ’s -> 's, “ -> ". */
    static String trainingForm(String token) {
        String form = token;
        if (form.indexOf('\u2019') >= 0 || form.indexOf('\u2018') >= 0) {
            form = form.replace('\u2019', '\'').replace('\u2018', '\'');
        }
        if (form.indexOf('\u201C') >= 0 || form.indexOf('\u201D') >= 0) {
            form = form.replace('\u201C', '"').replace('\u201D', '"');
        }
        return form;
    }
}
