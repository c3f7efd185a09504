package io.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A stretch of the article text in code points, end exclusive (used for sentences). */
@JsonPropertyOrder({"start", "end"})
public record TextSpan(int start, int end) {}
