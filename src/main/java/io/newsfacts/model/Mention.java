package io.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One place an entity is named; {@code sentence} indexes the article's sentences. */
@JsonPropertyOrder({"text", "start", "end", "sentence"})
public record Mention(String text, int start, int end, int sentence) {}
