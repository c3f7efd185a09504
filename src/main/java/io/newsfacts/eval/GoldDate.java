package io.newsfacts.eval;

import io.newsfacts.model.TimexType;

/** A gold TIMEX3: its text, code-point span in the article text (end exclusive), type and value. */
public record GoldDate(String text, int start, int end, TimexType type, String value) {}
