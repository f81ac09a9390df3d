package org.rasd.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasd.model.Actor;
import org.rasd.model.ActorMention;
import org.rasd.model.Event;
import org.rasd.model.EventType;
import org.rasd.model.Place;
import org.rasd.model.PlaceMention;
import org.rasd.model.Provenance;
import org.rasd.model.Span;

class DeduplicatorTest {
    private static final LocalDate DAY = LocalDate.of(2018, 5, 3);
    private static final ActorMention JORDAN = new ActorMention(new Span(0, 6), "الأردن",
            new Actor("Jordan", "JOR", List.of("GOV")));
    private static final ActorMention UN = new ActorMention(new Span(10, 20), "الأمم المتحدة",
            new Actor("United Nations", "UNO", List.of()));
    private static final PlaceMention AMMAN = new PlaceMention(new Span(30, 34), "عمان",
            new Place("Amman", "JOR", 31.95, 35.93, 250441));

    private static Event event(int sentence, int triggerStart, String rule, double confidence, List<PlaceMention> at) {
        return new Event(EventType.COOPERATE, null, List.of(), Set.of(), List.of(JORDAN), List.of(UN), at, DAY, "060",
                new Provenance(sentence, new Span(triggerStart, triggerStart + 5), "تعاون", confidence, rule));
    }

    @Test
    void aHeadlineAndItsParagraphReportingTheSameFactAreOneEvent() {
        Event headline = event(0, 100, "lexicon:70:انضمام", 0.9, List.of());
        Event paragraph = event(1, 200, "lexicon:70:انضمام", 0.9, List.of());
        assertThat(Deduplicator.dedupe(List.of(headline, paragraph))).containsExactly(headline);
    }

    @Test
    void theReportWithALocationIsKept() {
        Event headline = event(0, 100, "lexicon:70:انضمام", 0.9, List.of());
        Event paragraph = event(1, 200, "lexicon:70:انضمام", 0.9, List.of(AMMAN));
        assertThat(Deduplicator.dedupe(List.of(headline, paragraph))).containsExactly(paragraph);
    }

    @Test
    void twoStatementsWithTheSameParticipantsButDifferentTriggersStayTwoEvents() {
        Event readiness = event(3, 100, "lexicon:12:استعداد", 0.9, List.of());
        Event pledge = event(4, 200, "lexicon:6:تعهد", 0.9, List.of());
        assertThat(Deduplicator.dedupe(List.of(readiness, pledge))).containsExactly(readiness, pledge);
    }

    @Test
    void withinOneSentenceTheSameParticipantsAreOneFactWhateverTheTrigger() {
        Event pledge = event(2, 100, "lexicon:6:تعهد", 0.9, List.of());
        Event support = event(2, 140, "lexicon:37:دعم", 0.8, List.of());
        assertThat(Deduplicator.dedupe(List.of(pledge, support))).containsExactly(pledge);
    }

    @Test
    void eventsOnDifferentDaysAreNotMerged() {
        Event first = event(0, 100, "lexicon:70:انضمام", 0.9, List.of());
        Event later = new Event(first.type(), null, List.of(), Set.of(), first.actor(), first.recipient(), List.of(),
                DAY.minusDays(1), "060", new Provenance(3, new Span(300, 305), "تعاون", 0.9, "lexicon:70:انضمام"));
        assertThat(Deduplicator.dedupe(List.of(first, later))).hasSize(2);
    }
}
