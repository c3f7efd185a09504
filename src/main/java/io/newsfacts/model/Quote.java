package io.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A quotation: {@code text} is the content inside the quotation marks; {@code sentence} is the
 * sentence it starts in. {@code speaker} and {@code cue} (the reporting verb, e.g. "told") are null
 * when nobody is credited.
 */
@JsonPropertyOrder({"id", "text", "start", "end", "sentence", "speaker", "cue"})
public record Quote(String id, String text, int start, int end, int sentence, Speaker speaker,
    String cue) {}
