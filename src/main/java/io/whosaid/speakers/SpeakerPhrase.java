package io.whosaid.speakers;

import io.whosaid.text.Span;

/**
 * A speaker as written in a sentence, split into its name and its role.
 *
 * @param span  where the whole phrase stands in the article text
 * @param text  the phrase as written ("French President Emmanuel Macron")
 * @param name  the name part ("Emmanuel Macron"), or the whole phrase for groups and organisations
 * @param role  title or role given with the name ("French President"), or null
 * @param type  PERSON, ORG, GPE or OTHER
 * @param kind  name, pronoun, role or group
 */
public record SpeakerPhrase(Span span, String text, String name, String role, ActorType type, MentionKind kind) {
    public SpeakerPhrase {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("speaker text must not be blank");
        }
        if (type == null || kind == null) {
            throw new IllegalArgumentException("speaker type and kind are required for '" + text + "'");
        }
    }

    public SpeakerPhrase withType(ActorType newType) {
        return new SpeakerPhrase(span, text, name, role, newType, kind);
    }

    public SpeakerPhrase withRole(String newRole) {
        return new SpeakerPhrase(span, text, name, newRole, type, kind);
    }

    /** The same speaker, written from {@code begin} of {@code articleText} on: a role before the name ("Her deputy, Tom Baker"). */
    public SpeakerPhrase writtenFrom(int begin, String articleText) {
        if (begin > span.begin()) {
            throw new IllegalArgumentException("a speaker phrase can only grow to the left, from " + span.begin() + " to " + begin);
        }
        Span wider = new Span(begin, span.end());
        return new SpeakerPhrase(wider, wider.of(articleText), name, role, type, kind);
    }

    /** The same speaker, written up to {@code end} of {@code articleText}: a party after the name ("Rep. John Mica (R-Fla.)"). */
    public SpeakerPhrase writtenTo(int end, String articleText) {
        if (end < span.end()) {
            throw new IllegalArgumentException("a speaker phrase can only grow to the right, from " + span.end() + " to " + end);
        }
        Span wider = new Span(span.begin(), end);
        return new SpeakerPhrase(wider, wider.of(articleText), name, role, type, kind);
    }
}
