package org.rasd.model;

/** The 16 PLOVER event types, in the manual's order, each with its quad category. */
public enum EventType {
    AGREE(QuadClass.VERBAL_COOPERATION),
    CONSULT(QuadClass.VERBAL_COOPERATION),
    SUPPORT(QuadClass.VERBAL_COOPERATION),
    CONCEDE(QuadClass.VERBAL_COOPERATION),
    COOPERATE(QuadClass.MATERIAL_COOPERATION),
    AID(QuadClass.MATERIAL_COOPERATION),
    RETREAT(QuadClass.MATERIAL_COOPERATION),
    REQUEST(QuadClass.VERBAL_CONFLICT),
    ACCUSE(QuadClass.VERBAL_CONFLICT),
    REJECT(QuadClass.VERBAL_CONFLICT),
    THREATEN(QuadClass.VERBAL_CONFLICT),
    PROTEST(QuadClass.MATERIAL_CONFLICT),
    SANCTION(QuadClass.MATERIAL_CONFLICT),
    MOBILIZE(QuadClass.MATERIAL_CONFLICT),
    COERCE(QuadClass.MATERIAL_CONFLICT),
    ASSAULT(QuadClass.MATERIAL_CONFLICT);

    private final QuadClass quad;

    EventType(QuadClass quad) {
        this.quad = quad;
    }

    public QuadClass quad() {
        return quad;
    }
}
