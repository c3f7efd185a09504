package io.newsfacts.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One place where a system and the gold standard differ. {@code kind} is {@code missed} (gold with no
 * system match), {@code spurious} (system with no gold match) or a comma-joined list of what differs
 * in a matched pair ({@code span}, {@code type}, {@code value}, {@code speaker}). {@code sentence} is
 * the system's sentence around the item (or a window of text).
 */
@JsonPropertyOrder({"doc", "kind", "gold", "ours", "sentence"})
public record Disagreement(String doc, String kind, Item gold, Item ours, String sentence) {

  /** A gold or system item; {@code label} is a type, {@code value} a value or speaker. */
  @JsonPropertyOrder({"text", "start", "end", "label", "value"})
  public record Item(String text, int start, int end, String label, String value) {}
}
