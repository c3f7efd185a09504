package io.newsfacts.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as read and cleaned by ingest, ready to annotate. {@code text} is the cleaned text that
 * every later offset indexes; {@code title}, {@code publishedDate} and {@code url} may be null.
 */
public record Article(String id, SourceInfo source, String title, LocalDate publishedDate, String url,
    String text) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
  }

  /** The same article with a default publication date where it has none of its own. */
  public Article withDefaultPublishedDate(LocalDate fallback) {
    return publishedDate != null || fallback == null ? this
        : new Article(id, source, title, fallback, url, text);
  }
}
