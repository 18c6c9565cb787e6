package io.whosaid;

/** What a run does with an output folder that already holds tables. */
public enum WriteMode {
    /** Refuse a non-empty output folder (the default). */
    ERROR_IF_EXISTS,
    /** Replace the tables, once the new ones are fully written. */
    OVERWRITE,
    /** Add the articles not yet in the output (by article_id); rebuild actors and actor_daily. */
    APPEND
}
