package io.whosaid.actors;

import io.whosaid.speakers.ActorType;
import io.whosaid.speakers.SpeakerPhrase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves names within one article: a later (or earlier) "Putin" is the article's
 * "Vladimir Putin". Full names come from speaker phrases and from person mentions.
 */
public final class ArticleActors {
    private final Map<String, String> fullNameBySurname = new HashMap<>();

    /** @param personNames every person name written in the article, titles removed */
    public ArticleActors(List<String> personNames) {
        for (String name : personNames) {
            List<String> words = ActorNames.words(name);
            if (words.size() < 2) {
                continue;
            }
            String key = words.get(words.size() - 1);
            String known = fullNameBySurname.get(key);
            if (known == null || ActorNames.words(known).size() < words.size()) {
                fullNameBySurname.put(key, name);
            }
        }
    }

    public ResolvedActor resolve(SpeakerPhrase speaker) {
        String name = speaker.name() == null ? speaker.text() : speaker.name();
        if (speaker.type() == ActorType.PERSON) {
            name = fullName(name);
        }
        return new ResolvedActor(ActorNames.actorId(speaker.type(), name), name, speaker.type(), speaker.role());
    }

    /** The article's full form of a person's name ("Putin" to "Vladimir Putin"), or the name itself. */
    public String fullName(String name) {
        List<String> words = ActorNames.words(name);
        if (words.isEmpty()) {
            return name;
        }
        String full = fullNameBySurname.get(words.get(words.size() - 1));
        if (full != null && ActorNames.words(full).size() > words.size()) {
            return full;
        }
        return name;
    }

    public List<String> fullNames() {
        return new ArrayList<>(fullNameBySurname.values());
    }
}
