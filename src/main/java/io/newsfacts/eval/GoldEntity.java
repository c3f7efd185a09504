package io.newsfacts.eval;

/** A gold named-entity span with its CoNLL type (PER, ORG, LOC, MISC); code points, end exclusive. */
public record GoldEntity(String text, int start, int end, String type) {}
