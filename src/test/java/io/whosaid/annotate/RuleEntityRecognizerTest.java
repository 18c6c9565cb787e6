package io.whosaid.annotate;

import io.whosaid.lexicon.Lexicons;
import io.whosaid.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleEntityRecognizerTest {
    private final RuleEntityRecognizer ner = new RuleEntityRecognizer(Lexicons.bundled());

    private List<String> typed(String text) {
        return ner.recognize(text, new SentenceSplitter().split(text)).stream()
                .map(m -> m.type() + ":" + m.text()).toList();
    }

    @Test
    void splitsTitlesAndNationalitiesOffPersons() {
        List<String> e = typed("German Chancellor Olaf Scholz flew to Paris on Tuesday.");
        assertTrue(e.contains("MISC:German"), e::toString);
        assertTrue(e.contains("PERSON:Olaf Scholz"), e::toString);
        assertTrue(e.contains("LOC:Paris"), e::toString);
        assertEquals(3, e.size(), e::toString);
    }

    @Test
    void organisationsByGazetteerAndHeadWord() {
        List<String> e = typed("The Kremlin and the Baltic Shipping Company denied it.");
        assertTrue(e.contains("ORG:Kremlin"), e::toString);
        assertTrue(e.contains("ORG:Baltic Shipping Company"), e::toString);
    }

    @Test
    void sentenceInitialFunctionWordsAreNotNames() {
        List<String> e = typed("After the vote, Marta Kowalski left.");
        assertEquals(List.of("PERSON:Marta Kowalski"), e);
    }

    @Test
    void unknownNamesWithOfAreOrganisationsAndNamesAfterInArePlaces() {
        List<String> e = typed("The chair of the Bank of Zembla spoke in Qarnavik on Monday.");
        assertTrue(e.contains("ORG:Bank of Zembla"), e::toString);
        assertTrue(e.contains("LOC:Qarnavik"), e::toString);
    }
}
