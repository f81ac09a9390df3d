package org.rasd.model;

import java.util.Locale;

/** PLOVER auxiliary modes of an event. */
public enum Aux {
    NEGATION, FUTURE, HYPOTHETICAL, HISTORICAL;

    /** The contract's spelling: lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
