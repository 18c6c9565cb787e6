package io.whosaid.statements;

/** How a reporting cue relates speaker and content; see cues.txt. */
public enum Frame {
    /** "X said (that) C", "C, X said". */
    SPEECH,
    /** "X told reporters (that) C": a listener comes between cue and content. */
    TELL,
    /** "X criticized C", "X called for C": the content is the object. */
    OBJECT,
    /** "X called Y Z". */
    NAMING,
    /** "according to X, C". */
    ACCORDING,
    /** "X wants to C", "X agreed to C": the content is the infinitive clause, "to" included. */
    INTENT
}
