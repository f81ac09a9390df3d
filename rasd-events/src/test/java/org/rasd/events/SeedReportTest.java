package org.rasd.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasd.model.ActorMention;
import org.rasd.model.Event;
import org.rasd.model.EventType;

/**
 * The bundled example report (examples/coalition-riyadh.txt) through the real stages: the ten facts of
 * the acceptance list come out. Nothing in the coder is written for this text; this only checks it.
 */
class SeedReportTest {
    private static List<Event> events;

    @BeforeAll
    static void code() throws Exception {
        String text = Files.readString(Path.of("..", "examples", "coalition-riyadh.txt"));
        events = Pipeline.events(text, LocalDate.of(2026, 11, 28));
    }

    private static boolean coalition(List<ActorMention> as) {
        return as.stream().anyMatch(a -> a.actor().name().contains("Coalition"));
    }

    private static boolean has(List<ActorMention> as, String country) {
        return as.stream().anyMatch(a -> country.equals(a.actor().country()));
    }

    private static void fact(String what, EventType type, Predicate<Event> p) {
        assertThat(events).as(what + " in " + events).anyMatch(e -> e.type() == type && p.test(e));
    }

    @Test
    void everyActorIsOneTheReportNamesAsActing() {
        // the coalition, its Small Group, and the two parties to the agreement: nobody else acts in the report
        for (Event e : events) {
            assertThat(e.actor()).as("actors of " + e).allSatisfy(a -> assertThat(a.actor().name())
                    .matches("Global Coalition to Defeat ISIS|Small Group of the Global Coalition to Defeat ISIS|Syria"
                            + "|Syrian Democratic Forces"));
        }
    }

    @Test
    void meetingInRiyadhHostedBySaudiArabia() {
        fact("1 meeting", EventType.CONSULT, e -> coalition(e.actor()) && has(e.recipient(), "SAU")
                && e.location().stream().anyMatch(l -> l.place().name().equals("Riyadh")));
    }

    @Test
    void welcomeOfTheAgreementAndTheAgreement() {
        fact("2 welcome", EventType.SUPPORT, e -> coalition(e.actor()) && has(e.recipient(), "SYR")
                && e.recipient().stream().anyMatch(a -> a.actor().name().contains("Democratic")));
        fact("3 agreement", EventType.AGREE, e -> has(e.actor(), "SYR")
                && e.actor().stream().anyMatch(a -> a.actor().name().contains("Democratic")));
    }

    @Test
    void praiseForSaudiArabiaAndIraq() {
        fact("4 praise SAU", EventType.SUPPORT, e -> coalition(e.actor()) && has(e.recipient(), "SAU"));
        fact("5 praise IRQ", EventType.SUPPORT, e -> coalition(e.actor()) && has(e.recipient(), "IRQ"));
    }

    @Test
    void callOnStatesToRepatriate() {
        fact("6 call", EventType.REQUEST, e -> coalition(e.actor())
                && e.recipient().stream().anyMatch(a -> a.actor().name().equals("states")));
    }

    @Test
    void syriaJoinsAndIsWelcomed() {
        fact("7 join", EventType.COOPERATE, e -> has(e.actor(), "SYR") && coalition(e.recipient()));
        fact("8 welcome", EventType.SUPPORT, e -> coalition(e.actor()) && has(e.recipient(), "SYR")
                && e.provenance().sentence() == 8);
    }

    @Test
    void readinessAndPledge() {
        fact("9 readiness", EventType.AGREE, e -> coalition(e.actor()) && has(e.recipient(), "SYR")
                && has(e.recipient(), "IRQ") && e.provenance().triggerText().startsWith("استعداد"));
        fact("10 pledge", EventType.AGREE, e -> coalition(e.actor()) && has(e.recipient(), "SYR")
                && has(e.recipient(), "IRQ") && e.provenance().sentence() == 9);
    }

    @Test
    void fewEventsLackAnActor() {
        long without = events.stream().filter(e -> e.actor().isEmpty()).count();
        assertThat(without * 4).as("events without actor: %s", events).isLessThanOrEqualTo(events.size());
    }
}
