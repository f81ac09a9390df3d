package org.rasd.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.rasd.model.EventType;

/**
 * The filters shared by full-text search, the event list, the daily counts, top actors and exports, so the
 * CLI and the REST API accept exactly the same parameters and reject the same mistakes.
 *
 * @param types      event types (any of them), empty for all
 * @param quad       PLOVER quad class 1 to 4, or {@code null}
 * @param actor      words of an actor's canonical name or its surface text, or {@code null}
 * @param country    an actor's country code (ISO alpha-3 or PLOVER pseudo-country), or {@code null}
 * @param place      words of a place name, or a place's country code, or {@code null}
 * @param from       first date, inclusive, or {@code null}
 * @param to         last date, inclusive, or {@code null}
 */
public record EventFilter(List<EventType> types, Integer quad, String actor, String country, String place,
                          LocalDate from, LocalDate to) {
    public static final EventFilter NONE = new EventFilter(List.of(), null, null, null, null, null, null);

    public EventFilter {
        types = List.copyOf(types);
        if (quad != null && (quad < 1 || quad > 4)) {
            throw new BadQueryException("quad must be 1 to 4, not " + quad);
        }
        actor = blankToNull(actor);
        country = blankToNull(country);
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{3}")) {
                throw new BadQueryException("country must be a three-letter code such as SAU, not \"" + country + "\"");
            }
        }
        place = blankToNull(place);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadQueryException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** Reads the filter from request or command-line parameters: type, quad, actor, country, place, from, to. */
    public static EventFilter parse(Map<String, String> p) {
        List<EventType> types = new ArrayList<>();
        String type = blankToNull(p.get("type"));
        if (type != null) {
            for (String t : type.split(",")) {
                types.add(eventType(t.strip()));
            }
        }
        Integer quad = null;
        String q = blankToNull(p.get("quad"));
        if (q != null) {
            try {
                quad = Integer.parseInt(q.strip());
            } catch (NumberFormatException e) {
                throw new BadQueryException("quad must be 1 to 4, not \"" + q + "\"");
            }
        }
        return new EventFilter(types, quad, p.get("actor"), p.get("country"), p.get("place"),
                date("from", p.get("from")), date("to", p.get("to")));
    }

    public static EventType eventType(String name) {
        try {
            return EventType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("unknown event type \"" + name + "\" (one of "
                    + Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.joining(" ")) + ")");
        }
    }

    static LocalDate date(String name, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new BadQueryException("malformed date \"" + v + "\" for " + name + ", expected YYYY-MM-DD");
        }
    }

    /** Whether any event-level filter is set (the date range alone also applies to documents). */
    public boolean hasEventFilters() {
        return !types.isEmpty() || quad != null || actor != null || country != null || place != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
