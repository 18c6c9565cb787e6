package io.whosaid.annotate;

import com.johnsnowlabs.nlp.annotators.pos.perceptron.AveragedPerceptron;
import org.apache.hadoop.conf.Configuration;

/**
 * What {@code --ner-model} asks for. The language stages always need entities (persons feed the
 * speakers), so they get the perceptron (bundled or given) or the rules; a Spark NLP pipeline
 * (a saved PipelineModel or pretrained:NAME) writes the entities table in their place.
 *
 * @param rules              the rule-based recogniser instead of the perceptron
 * @param perceptronLocation a perceptron model file or saved PerceptronModel folder; null for the bundled model
 * @param pipeline           a saved PipelineModel path or pretrained:NAME for the entities table; null for none
 */
public record NerChoice(boolean rules, String perceptronLocation, String pipeline) {
    public static final String RULES = "rules";

    public NerChoice {
        if (rules && perceptronLocation != null) {
            throw new IllegalArgumentException("the rules and a perceptron model exclude each other");
        }
    }

    /**
     * @param spec the option's value, or null for the default (the bundled perceptron)
     * @param conf the session's Hadoop settings, to look at a model path with
     */
    public static NerChoice of(String spec, Configuration conf) {
        if (spec == null || spec.isBlank()) {
            return new NerChoice(false, null, null);
        }
        if (spec.equals(RULES)) {
            return new NerChoice(true, null, null);
        }
        if (!spec.startsWith("pretrained:") && PerceptronNerModels.isPerceptron(spec, conf)) {
            return new NerChoice(false, spec, null);
        }
        return new NerChoice(false, null, spec);
    }

    /** The perceptron weights for the language stages, or null when the rules are asked for. */
    public AveragedPerceptron perceptronWeights(Configuration conf) {
        if (rules) {
            return null;
        }
        return perceptronLocation == null ? PerceptronNerModels.bundled() : PerceptronNerModels.load(perceptronLocation, conf);
    }
}
