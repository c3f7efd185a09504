package io.newsfacts.extract;

/** Whether a clause speaks of the past, the future, or neither clearly. */
enum Tense { PAST, PRESENT, FUTURE }
