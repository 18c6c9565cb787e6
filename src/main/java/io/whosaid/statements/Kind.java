package io.whosaid.statements;

import java.util.Locale;

/** The contract's statement kinds. */
public enum Kind {
    DIRECT, INDIRECT, MIXED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
