package org.rasd.model;

import java.util.Objects;

/**
 * A place from the gazetteer.
 *
 * @param name      canonical English name
 * @param country   ISO 3166-1 alpha-3 code of the country it is in (or is)
 * @param lat       latitude in degrees, {@code NaN} when unknown
 * @param lon       longitude in degrees, {@code NaN} when unknown
 * @param geonameId GeoNames id, or 0 when none
 */
public record Place(String name, String country, double lat, double lon, long geonameId) {
    public Place {
        Objects.requireNonNull(name, "name");
    }
}
