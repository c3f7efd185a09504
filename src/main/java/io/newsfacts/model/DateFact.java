package io.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A temporal expression with its TIMEX3 type and value. {@code anchored} is true when the value is
 * a real calendar value: the publication date was known, or the expression needed none.
 */
@JsonPropertyOrder({"text", "start", "end", "sentence", "type", "value", "anchored"})
public record DateFact(String text, int start, int end, int sentence, TimexType type, String value,
    boolean anchored) {}
