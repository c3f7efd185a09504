package io.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Who a quote is credited to, as written; {@code entityId} links it to an entity when it is one. */
@JsonPropertyOrder({"text", "start", "end", "entityId"})
public record Speaker(String text, int start, int end, String entityId) {}
