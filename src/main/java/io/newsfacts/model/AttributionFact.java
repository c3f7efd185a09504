package io.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One attribution relation in the PolNeAR sense: a {@code source} (who; null when the text names
 * nobody, as in "It is expected that ..."), a {@code cue} (the reporting words: "said", "according
 * to", "believes"), and the {@code content} attributed. {@code quoteIds} lists the quotations
 * inside the content: empty for reported (indirect) speech.
 */
@JsonPropertyOrder({"id", "source", "cue", "content", "quoteIds"})
public record AttributionFact(String id, Speaker source, Phrase cue, Phrase content,
    List<String> quoteIds) {

  public AttributionFact {
    quoteIds = quoteIds == null ? List.of() : List.copyOf(quoteIds);
  }

  /** The content holds a quotation. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean direct() {
    return !quoteIds.isEmpty();
  }
}
