package io.whosaid.statements;

import io.whosaid.speakers.SpeakerPhrase;
import io.whosaid.text.Span;

import java.util.List;

/**
 * A statement found in an article, before its speaker is resolved to an actor.
 *
 * @param content      the reported content (inside the marks for a direct quote); for a quote
 *                     interrupted by its cue, the range covering both parts
 * @param contentText  the reported words (both parts of an interrupted quote, joined)
 * @param cue          the reporting expression's range, or null for a quote without one
 * @param cueText      the reporting expression as written ("told reporters")
 * @param speaker      the speaker as written, or null when the text does not give one here
 * @param continuation true for a quote paragraph without a cue that may continue the previous speaker
 * @param sentences    the sentences that hold the statement
 * @param fragments    for a quote interrupted by its cue, the exact parts; empty otherwise
 */
public record Statement(
        Span content,
        String contentText,
        Kind kind,
        Span cue,
        String cueText,
        SpeakerPhrase speaker,
        boolean continuation,
        int paragraph,
        int firstSentence,
        Span sentences,
        List<Span> fragments) {
    public Statement {
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
        if (content == null || contentText == null || contentText.isBlank()) {
            throw new IllegalArgumentException("a statement needs content");
        }
        if (kind == null) {
            throw new IllegalArgumentException("a statement needs a kind");
        }
    }

    public Statement withSpeaker(SpeakerPhrase newSpeaker) {
        return new Statement(content, contentText, kind, cue, cueText, newSpeaker, continuation, paragraph, firstSentence,
                sentences, fragments);
    }
}
