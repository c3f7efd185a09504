package io.newsfacts.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article as read and cleaned by ingest, ready to annotate. {@code text} is the cleaned text that
 * every later offset indexes; {@code title}, {@code publishedDate} and {@code url} may be null;
 * {@code authors} are the names the source gives (HTML metadata), empty when unknown.
 */
public record Article(String id, SourceInfo source, String title, LocalDate publishedDate, String url,
    String text, List<String> authors) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** An article whose source names no authors. */
  public Article(String id, SourceInfo source, String title, LocalDate publishedDate, String url,
      String text) {
    this(id, source, title, publishedDate, url, text, List.of());
  }

  /** The same article with a default publication date where it has none of its own. */
  public Article withDefaultPublishedDate(LocalDate fallback) {
    return publishedDate != null || fallback == null ? this
        : new Article(id, source, title, fallback, url, text, authors);
  }
}
