package org.rasd.model;

import java.util.List;
import java.util.Objects;

/**
 * Who an actor is: one canonical identity shared by every spelling of it.
 *
 * @param name     canonical English name
 * @param country  ISO 3166-1 alpha-3 code or a PLOVER pseudo-country code (IGO UNO EUR NGO ISM IMG MNC),
 *                 or {@code null} when unknown
 * @param sector   PLOVER sector codes (GOV MIL REB COP ...), possibly empty
 * @param wikidata Wikidata id, or {@code null}
 */
public record Actor(String name, String country, List<String> sector, String wikidata) {
    public Actor {
        Objects.requireNonNull(name, "name");
        sector = List.copyOf(sector);
    }

    public Actor(String name, String country, List<String> sector) {
        this(name, country, sector, null);
    }
}
