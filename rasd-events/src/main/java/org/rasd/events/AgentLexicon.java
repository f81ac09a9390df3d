package org.rasd.events;

import java.util.Arrays;
import java.util.List;
import org.rasd.events.internal.PhraseTable;
import org.rasd.events.internal.ResourceLines;

/**
 * Generic agents (الجيش، الشرطة، مسلحون، المتظاهرون، المجتمعون ...) from {@code agents.ar.tsv}: nouns
 * that denote participants without naming them, with their PLOVER sectors and, for collective and
 * referring nouns, the class that tells how to resolve them in the document.
 */
public final class AgentLexicon {
    /** How an agent noun is resolved. */
    public enum AgentClass { PLAIN, PROTESTER, ARMED, VICTIM, VICTIMISH, PARTICIPANTS, MEMBERS, KINGDOM, PAIR, GOVERNMENT,
        /** An argument only when a nisba or name says whose (مسؤول سعودي); alone it is dropped. */
        QUALIFIED }

    /** One agent noun. */
    public record Agent(String name, List<String> sectors, AgentClass agentClass, String country) {
        public Agent {
            sectors = List.copyOf(sectors);
        }

        public Agent(String name, List<String> sectors, AgentClass agentClass) {
            this(name, sectors, agentClass, null);
        }

        /** Whether it refers to an actor named elsewhere rather than being one. */
        public boolean refers() {
            return switch (agentClass) {
                case PARTICIPANTS, MEMBERS, KINGDOM, PAIR, GOVERNMENT -> true;
                default -> false;
            };
        }
    }

    private final PhraseTable<Agent> table;

    private AgentLexicon(PhraseTable<Agent> table) {
        this.table = table;
    }

    public static AgentLexicon loadDefault() {
        PhraseTable<Agent> t = new PhraseTable<>();
        for (String[] row : ResourceLines.read(AgentLexicon.class, "agents.ar.tsv", 4)) {
            String cls = row[3].trim();
            AgentClass c = cls.equals("-") ? AgentClass.PLAIN : AgentClass.valueOf(cls);
            List<String> sectors = row[2].trim().equals("-") ? List.of() : Arrays.asList(row[2].trim().split(","));
            String country = row.length > 4 && !row[4].trim().isEmpty() && !row[4].trim().equals("-") ? row[4].trim() : null;
            Agent a = new Agent(row[1].trim(), sectors, c, country);
            for (String phrase : row[0].split("\\|")) {
                t.add(phrase, a);
            }
        }
        return new AgentLexicon(t);
    }

    public PhraseTable<Agent> table() {
        return table;
    }
}
