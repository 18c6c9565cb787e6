package io.whosaid.dates;

import java.util.Locale;

/** How precisely a statement date is known. */
public enum Precision {
    DAY, MONTH, YEAR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
