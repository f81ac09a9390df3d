package org.rasd.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import org.rasd.model.ActorMention;
import org.rasd.model.AnalyzedDocument;
import org.rasd.model.Aux;
import org.rasd.model.EntityMention;
import org.rasd.model.Event;
import org.rasd.model.PlaceMention;
import org.rasd.model.Sentence;

/**
 * Writes analyzed documents as the JSON of the CLI contract ({@code rasd analyze}). One place, so
 * the CLI, the store and the REST API all print the same fields.
 */
public final class ContractJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ContractJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The contract object of one analyzed document. */
    public static ObjectNode toJson(AnalyzedDocument doc) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", doc.document().id());
        putDate(root, "date", doc.document().date());
        ArrayNode sentences = root.putArray("sentences");
        for (Sentence s : doc.sentences()) {
            sentences.addObject().put("index", s.index()).put("start", s.span().start()).put("end", s.span().end());
        }
        ArrayNode entities = root.putArray("entities");
        for (EntityMention e : doc.entities()) {
            entities.add(entity(e));
        }
        ArrayNode events = root.putArray("events");
        for (Event e : doc.events()) {
            events.add(event(e));
        }
        return root;
    }

    public static String toJsonLine(AnalyzedDocument doc) {
        try {
            return MAPPER.writeValueAsString(toJson(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize document " + doc.document().id(), e);
        }
    }

    /** An error line of {@code analyze --jsonl}: {@code {"id": <id or null>, "error": "<reason>"}}. */
    public static String errorLine(String id, String reason) {
        ObjectNode o = MAPPER.createObjectNode();
        if (id == null) {
            o.putNull("id");
        } else {
            o.put("id", id);
        }
        o.put("error", reason);
        return o.toString();
    }

    public static ObjectNode entity(EntityMention e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", e.text());
        o.put("start", e.span().start());
        o.put("end", e.span().end());
        o.put("type", e.type().name());
        if (e.actor() != null) {
            o.put("name", e.actor().name());
            putNullable(o, "country", e.actor().country());
            strings(o.putArray("sector"), e.actor().sector());
            putNullable(o, "wikidata", e.actor().wikidata());
        } else if (e.place() != null) {
            o.put("name", e.place().name());
            putNullable(o, "country", e.place().country());
            o.putArray("sector");
            o.putNull("wikidata");
        } else {
            o.putNull("name");
            o.putNull("country");
            o.putArray("sector");
            o.putNull("wikidata");
        }
        if (e.place() != null && !Double.isNaN(e.place().lat())) {
            o.put("lat", e.place().lat());
            o.put("lon", e.place().lon());
        }
        o.put("sentence", e.sentence());
        o.put("confidence", round(e.confidence()));
        return o;
    }

    public static ObjectNode event(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("event_type", e.type().name());
        o.put("quad_class", e.type().quad().code());
        putNullable(o, "mode", e.mode());
        strings(o.putArray("context"), e.context());
        ArrayNode aux = o.putArray("aux");
        e.aux().stream().sorted(Comparator.comparing(Aux::ordinal)).forEach(a -> aux.add(a.code()));
        ArrayNode actor = o.putArray("actor");
        e.actor().forEach(a -> actor.add(actorMention(a)));
        ArrayNode recipient = o.putArray("recipient");
        e.recipient().forEach(a -> recipient.add(actorMention(a)));
        ArrayNode location = o.putArray("location");
        e.location().forEach(p -> location.add(placeMention(p)));
        putDate(o, "date", e.date());
        ObjectNode trigger = o.putObject("trigger");
        trigger.put("text", e.provenance().triggerText());
        trigger.put("start", e.provenance().trigger().start());
        trigger.put("end", e.provenance().trigger().end());
        o.put("sentence", e.provenance().sentence());
        putNullable(o, "cameo", e.cameo());
        o.put("confidence", round(e.provenance().confidence()));
        putNullable(o, "rule", e.provenance().rule());
        return o;
    }

    private static ObjectNode actorMention(ActorMention a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", a.text());
        o.put("start", a.span().start());
        o.put("end", a.span().end());
        o.put("name", a.actor().name());
        putNullable(o, "country", a.actor().country());
        strings(o.putArray("sector"), a.actor().sector());
        return o;
    }

    private static ObjectNode placeMention(PlaceMention p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", p.text());
        o.put("start", p.span().start());
        o.put("end", p.span().end());
        o.put("name", p.place().name());
        putNullable(o, "country", p.place().country());
        if (Double.isNaN(p.place().lat())) {
            o.putNull("lat");
            o.putNull("lon");
        } else {
            o.put("lat", p.place().lat());
            o.put("lon", p.place().lon());
        }
        return o;
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    private static void putNullable(ObjectNode o, String field, String value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.put(field, value);
        }
    }

    private static void putDate(ObjectNode o, String field, LocalDate date) {
        if (date == null) {
            o.putNull(field);
        } else {
            o.put(field, date.toString());
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
