package io.whosaid.speakers;

/** How a speaker is given in the sentence. */
public enum MentionKind {
    /** A name, possibly with a title: "French President Emmanuel Macron", "the Kremlin". */
    NAME,
    /** he, she, they ... : resolved to an earlier speaker. */
    PRONOUN,
    /** A role without a name, "the president": resolved to an earlier actor with that role when there is one. */
    ROLE,
    /** A group or an anonymous source, kept as such: "U.S. officials", "one Western official". */
    GROUP
}
