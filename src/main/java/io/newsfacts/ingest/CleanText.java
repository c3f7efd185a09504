package io.newsfacts.ingest;

import java.util.Objects;

/**
 * Cleaned article text. {@code body} is the text every later offset indexes: paragraphs joined by
 * exactly "\n\n", lines within a paragraph by "\n", no leading or trailing whitespace.
 * {@code title} is null when none was found.
 */
public record CleanText(String title, String body) {
  public CleanText {
    Objects.requireNonNull(body, "body");
  }
}
