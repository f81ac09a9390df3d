package org.rasd.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasd.model.Actor;
import org.rasd.model.ActorMention;
import org.rasd.model.EntityMention;
import org.rasd.model.EntityType;
import org.rasd.model.Event;
import org.rasd.model.EventType;
import org.rasd.model.Place;
import org.rasd.model.PlaceMention;
import org.rasd.model.Provenance;
import org.rasd.model.Sentence;
import org.rasd.model.Span;
import org.rasd.pipeline.RasdPipeline;
import org.rasd.text.ArabicTextAnalyzer;

/**
 * A pipeline for store tests: the real text stage, and entity and event stages that fire on fixed words, so
 * the store's event queries are tested without depending on the coder's lexicons.
 */
public final class StubStages {
    public static final Actor SAUDI = new Actor("Saudi Arabia", "SAU", List.of("GOV"));
    public static final Actor IRAQ = new Actor("Iraq", "IRQ", List.of());
    public static final Place RIYADH = new Place("Riyadh", "SAU", 24.69, 46.72, 108410);

    private StubStages() {
    }

    /** Entities: every السعودية is Saudi Arabia, every العراق Iraq, every الرياض Riyadh. Events: اجتماع = CONSULT, هجوم = ASSAULT. */
    public static RasdPipeline pipeline() {
        return new RasdPipeline(ArabicTextAnalyzer.loadDefault(), StubStages::entities, (doc, sentences, entities) -> {
            List<Event> events = new ArrayList<>();
            for (Sentence s : sentences) {
                String text = s.span().of(doc.text());
                for (String trigger : new String[] {"اجتماع", "هجوم"}) {
                    int at = text.indexOf(trigger);
                    if (at < 0) {
                        continue;
                    }
                    int start = s.span().start() + at;
                    List<ActorMention> actors = new ArrayList<>();
                    List<ActorMention> recipients = new ArrayList<>();
                    List<PlaceMention> places = new ArrayList<>();
                    for (EntityMention e : entities) {
                        if (e.sentence() != s.index()) {
                            continue;
                        }
                        if (e.actor() != null) {
                            (actors.isEmpty() ? actors : recipients).add(new ActorMention(e.span(), e.text(), e.actor()));
                        } else if (e.place() != null) {
                            places.add(new PlaceMention(e.span(), e.text(), e.place()));
                        }
                    }
                    EventType type = trigger.equals("اجتماع") ? EventType.CONSULT : EventType.ASSAULT;
                    events.add(new Event(type, null, List.of(), Set.of(), actors, recipients, places, doc.date(),
                            null, new Provenance(s.index(), new Span(start, start + trigger.length()), trigger,
                            0.8, "stub:" + trigger)));
                }
            }
            return events;
        });
    }

    static List<EntityMention> entities(String text, List<Sentence> sentences) {
        List<EntityMention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            String st = s.span().of(text);
            find(out, s, st, "السعودية", EntityType.LOC, SAUDI, null);
            find(out, s, st, "العراق", EntityType.LOC, IRAQ, null);
            find(out, s, st, "الرياض", EntityType.LOC, null, RIYADH);
        }
        return out;
    }

    private static void find(List<EntityMention> out, Sentence s, String sentenceText, String word, EntityType type,
                             Actor actor, Place place) {
        for (int at = sentenceText.indexOf(word); at >= 0; at = sentenceText.indexOf(word, at + 1)) {
            int start = s.span().start() + at;
            out.add(new EntityMention(new Span(start, start + word.length()), word, type, s.index(), actor, place, 0.9));
        }
    }
}
