package io.newsfacts.model;

/** The four entity types of the contract (CoNLL's PER, ORG, LOC, MISC). */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, MISC }
