package org.rasd.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rasd.pipeline.ContractJson;
import org.rasd.store.BadQueryException;
import org.rasd.store.EventFilter;
import org.rasd.store.Page;
import org.rasd.store.Paging;
import org.rasd.store.RasdStore;
import org.rasd.store.SearchHit;
import org.rasd.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd search}: full-text search and event filters over the store, the same engine as the REST API. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the stored documents (Arabic full text, insensitive to diacritics, hamza and",
            "clitics) with event filters, and prints the JSON that GET /api/search gives; with --events, the",
            "matching events as GET /api/events; with --daily or --actors, the counts per day or the top actors."})
public final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to search for (none: all, newest first).")
    List<String> words = List.of();

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the store lives (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("rasd-data");

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Option(names = "--limit", description = "At most this many items (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--offset", description = "Skip this many items (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--events", description = "List matching events instead of documents.")
    boolean events;

    @Option(names = "--daily", description = "Print event counts per day per type.")
    boolean daily;

    @Option(names = "--actors", description = "Print the actors in most matching events.")
    boolean actors;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    /** The event filters as command-line options, shared by {@code search} and {@code export}. */
    public static final class FilterOptions {
        @Option(names = "--type", paramLabel = "TYPE[,TYPE...]", description = "PLOVER event type(s).")
        String type;

        @Option(names = "--quad", paramLabel = "1-4", description = "PLOVER quad class.")
        String quad;

        @Option(names = "--actor", paramLabel = "NAME", description = "Words of an actor's name.")
        String actor;

        @Option(names = "--country", paramLabel = "CODE", description = "An actor's country code (e.g. SAU).")
        String country;

        @Option(names = "--place", paramLabel = "NAME", description = "Words of a place name, or its country code.")
        String place;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First date, inclusive.")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last date, inclusive.")
        String to;

        /** The filter, validated exactly as the REST API validates its parameters. */
        public EventFilter toFilter() {
            Map<String, String> p = new HashMap<>();
            put(p, "type", type);
            put(p, "quad", quad);
            put(p, "actor", actor);
            put(p, "country", country);
            put(p, "place", place);
            put(p, "from", from);
            put(p, "to", to);
            try {
                return EventFilter.parse(p);
            } catch (BadQueryException e) {
                throw new UserException(e.getMessage(), ExitCodes.USAGE);
            }
        }

        private static void put(Map<String, String> p, String k, String v) {
            if (v != null) {
                p.put(k, v);
            }
        }
    }

    @Override
    public Integer call() {
        EventFilter filter = filters.toFilter();
        Paging paging;
        try {
            paging = new Paging(limit, offset);
        } catch (BadQueryException e) {
            throw new UserException(e.getMessage(), ExitCodes.USAGE);
        }
        String q = String.join(" ", words);
        ObjectNode out = ContractJson.mapper().createObjectNode();
        try (RasdStore store = RasdStore.open(dataDir)) {
            if (daily) {
                out.set("items", store.daily(filter));
            } else if (actors) {
                out.set("items", store.topActors(filter, limit));
            } else if (events) {
                Page<ObjectNode> page = store.events(q, filter, paging);
                out.put("total", page.total());
                out.putArray("items").addAll(page.items());
            } else {
                Page<SearchHit> page = store.search(q, filter, paging);
                out.put("total", page.total());
                ArrayNode items = out.putArray("items");
                for (SearchHit h : page.items()) {
                    items.add(h.toJson());
                }
            }
        } catch (BadQueryException e) {
            throw new UserException(e.getMessage(), ExitCodes.USAGE);
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        }
        System.out.println(pretty ? out.toPrettyString() : out.toString());
        return ExitCodes.OK;
    }
}
