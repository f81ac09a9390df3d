package org.rasd.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rasd.model.Document;
import org.rasd.model.EntityMention;
import org.rasd.model.Event;
import org.rasd.model.Sentence;
import org.rasd.ner.ActorLexicon;
import org.rasd.ner.ActorMatch;
import org.rasd.ner.EntityRecognizer;
import org.rasd.text.ArabicTextAnalyzer;

/**
 * Test helper: runs the real stages text -> entities -> events on a text. When the entity stage is not
 * available or finds nothing, the actor lexicon's matches stand in for it, so the coder is tested on
 * real names either way.
 */
final class Pipeline {
    private static final ArabicTextAnalyzer TEXT = ArabicTextAnalyzer.loadDefault();
    private static final EntityRecognizer NER = loadNer();
    private static final ActorLexicon ACTORS = ActorLexicon.loadDefault();

    private Pipeline() {
    }

    static List<Event> events(String text, LocalDate date) {
        List<Sentence> ss = TEXT.analyze(text);
        return PloverEventCoder.loadDefault().code(new Document("t", text, date), ss, entities(text, ss));
    }

    static List<Sentence> sentences(String text) {
        return TEXT.analyze(text);
    }

    private static EntityRecognizer loadNer() {
        try {
            return EntityRecognizer.loadDefault();
        } catch (RuntimeException e) {
            System.err.println("entity stage unavailable (" + e.getMessage() + "); actor lexicon stands in");
            return null;
        }
    }

    static List<EntityMention> entities(String text, List<Sentence> ss) {
        List<EntityMention> es = NER == null ? List.of() : NER.find(text, ss);
        if (!es.isEmpty()) {
            return es;
        }
        List<EntityMention> out = new ArrayList<>();
        for (Sentence s : ss) {
            for (ActorMatch m : ACTORS.findAll(s, text)) {
                out.add(new EntityMention(m.span(), m.text(), m.type(), s.index(), m.actor(), m.place(), 0.9));
            }
        }
        return out;
    }
}
