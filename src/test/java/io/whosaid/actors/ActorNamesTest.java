package io.whosaid.actors;

import io.whosaid.speakers.ActorType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActorNamesTest {
    @Test
    void spellingVariantsMeet() {
        assertEquals(ActorNames.actorId(ActorType.PERSON, "Volodymyr Zelensky"), ActorNames.actorId(ActorType.PERSON, "Volodymyr Zelenskyy"));
        assertEquals("zelensky", ActorNames.surnameKey("Zelenskiy"));
        assertEquals("person:radoslaw-sikorski", ActorNames.actorId(ActorType.PERSON, "Radosław Sikorski"));
    }

    @Test
    void possessiveAndPunctuationDoNotChangeTheKey() {
        assertEquals("org:ukraine-air-force", ActorNames.actorId(ActorType.ORG, "Ukraine\u2019s Air Force"));
        assertEquals("other:us-officials", ActorNames.actorId(ActorType.OTHER, "U.S. officials"));
    }

    @Test
    void articleResolvesALoneSurnameToItsFullName() {
        ArticleActors actors = new ArticleActors(List.of("Jens Stoltenberg", "Anton Hofreiter"));
        assertEquals("Jens Stoltenberg", actors.fullName("Stoltenberg"));
        assertEquals("Macron", actors.fullName("Macron"));
    }
}
