package io.whosaid.annotate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConllTrainingTest {
    @Test
    void iob1TagsBecomeIob2AndThePosColumnIsConstant() {
        List<String> out = ConllTraining.toSparkNlpConll(List.of(
                "-DOCSTART- O", "", "Marta I-PER", "Kowalski I-PER", "met O", "Olaf I-PER", "Scholz B-PER", "in O",
                "Qarnavik I-LOC", "Harbour I-ORG", ". O", "", "Rain O"));
        assertEquals(List.of("-DOCSTART- -X- -X- O", "", "Marta NN O B-PER", "Kowalski NN O I-PER", "met NN O O",
                "Olaf NN O B-PER", "Scholz NN O B-PER", "in NN O O", "Qarnavik NN O B-LOC", "Harbour NN O B-ORG", ". NN O O", "",
                "Rain NN O O"), out);
    }

    @Test
    void forThePerceptronTheEntityTagTakesThePosColumn() {
        List<String> out = ConllTraining.entityTagsAsPos(ConllTraining.toSparkNlpConll(List.of(
                "-DOCSTART- O", "", "Marta I-PER", "Kowalski I-PER", "spoke O", ". O")));
        assertEquals(List.of("-DOCSTART- -X- -X- O", "", "Marta B-PER O B-PER", "Kowalski I-PER O I-PER", "spoke O O O", ". O O O"), out);
    }

    @Test
    void aLineWithoutATagIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConllTraining.toSparkNlpConll(List.of("lonely")));
        assertTrue(e.getMessage().contains("'lonely'"), e.getMessage());
    }

    @Test
    void gazetteerFeaturesMarkEachListAndEachCasing() throws Exception {
        List<String> lines = ConllTraining.gazetteerFeatures(Set.of("Zembla"));
        assertTrue(lines.contains("Zembla 1 0 0 0 0"), "a country name is a place");
        assertTrue(lines.contains("ZEMBLA 1 0 0 0 0"), "in capitals too");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("president ") && l.endsWith(" 1 0")), "a title");
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("of ") && l.charAt(3) == '1'), "'of' in a place name is no place");
    }
}
