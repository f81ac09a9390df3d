package org.rasd.model;

/** The ANERcorp entity classes. */
public enum EntityType {
    PER, ORG, LOC, MISC
}
