package io.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Words of the article text with their span (code points, end exclusive): a cue, a content. */
@JsonPropertyOrder({"text", "start", "end"})
public record Phrase(String text, int start, int end) {}
