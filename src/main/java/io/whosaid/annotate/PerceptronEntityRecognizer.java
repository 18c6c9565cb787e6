package io.whosaid.annotate;

import com.johnsnowlabs.nlp.annotators.common.IndexedToken;
import com.johnsnowlabs.nlp.annotators.common.TaggedSentence;
import com.johnsnowlabs.nlp.annotators.common.TokenizedSentence;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.AveragedPerceptron;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronPredictionUtils;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronUtils;
import io.whosaid.lexicon.Lexicon;
import io.whosaid.text.Sentence;
import io.whosaid.text.Span;
import io.whosaid.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The default entity recogniser: Spark NLP's averaged perceptron (the {@link PerceptronModel}
 * annotator) trained on IOB entity tags instead of parts of speech (see {@link PerceptronNerTrainer}).
 * It tags whosaid's own sentences and tokens directly, inside the language stage, because one
 * more DataFrame pass of Spark NLP annotations costs more than the tagging itself.
 */
public final class PerceptronEntityRecognizer implements EntityRecognizer {
    private final AveragedPerceptron weights;
    /** Titles that begin a PERSON mention are roles, not names ("Chancellor Olaf Scholz" -> "Olaf Scholz"). */
    private final Lexicon titles;
    private final Tagging tagger = new Tagging();

    public PerceptronEntityRecognizer(AveragedPerceptron weights, Lexicon titles) {
        this.weights = Objects.requireNonNull(weights, "perceptron weights");
        this.titles = Objects.requireNonNull(titles, "titles");
    }

    @Override
    public List<EntityMention> recognize(String text, List<Sentence> sentences) {
        List<Sentence> nonEmpty = sentences.stream().filter(s -> !s.tokens().isEmpty()).toList();
        if (nonEmpty.isEmpty()) {
            return List.of();
        }
        TokenizedSentence[] batch = new TokenizedSentence[nonEmpty.size()];
        for (int i = 0; i < batch.length; i++) {
            List<Token> tokens = nonEmpty.get(i).tokens();
            IndexedToken[] indexed = new IndexedToken[tokens.size()];
            for (int j = 0; j < indexed.length; j++) {
                Token t = tokens.get(j);
                indexed[j] = new IndexedToken(trainingForm(t.text()), t.begin(), t.end() - 1);
            }
            batch[i] = new TokenizedSentence(indexed, i);
        }
        TaggedSentence[] tagged = tagger.tag(weights, batch);
        List<EntityMention> mentions = new ArrayList<>();
        for (int i = 0; i < tagged.length; i++) {
            addMentions(text, nonEmpty.get(i), tagged[i].tags(), titles, mentions);
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

    /**
     * PerceptronModel's own tagging code (its features, tag dictionary and greedy decoding), mixed in
     * without a PerceptronModel: that one's constructor needs a SparkSession, which a task on an
     * executor cannot have.
     */
    private static final class Tagging implements PerceptronPredictionUtils {
        private String[] start;
        private String[] end;

        Tagging() {
            PerceptronUtils.$init$(this);
        }

        @Override
        public void com$johnsnowlabs$nlp$annotators$pos$perceptron$PerceptronUtils$_setter_$START_$eq(String[] value) {
            start = value;
        }

        @Override
        public void com$johnsnowlabs$nlp$annotators$pos$perceptron$PerceptronUtils$_setter_$END_$eq(String[] value) {
            end = value;
        }

        @Override
        public String[] START() {
            return start;
        }

        @Override
        public String[] END() {
            return end;
        }
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
