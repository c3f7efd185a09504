package io.newsfacts.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * Title, publication date, URL and authors from outside the text (sidecar, HTML head, JSONL
 * fields). {@code authors} is empty when the source names none.
 */
record Metadata(String title, LocalDate publishedDate, String url, List<String> authors) {

  static final Metadata NONE = new Metadata(null, null, null);

  Metadata {
    title = blankToNull(title);
    url = blankToNull(url);
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  Metadata(String title, LocalDate publishedDate, String url) {
    this(title, publishedDate, url, List.of());
  }

  /** These values, with each value {@code preferred} has replacing ours. */
  Metadata overriddenBy(Metadata preferred) {
    return new Metadata(
        preferred.title != null ? preferred.title : title,
        preferred.publishedDate != null ? preferred.publishedDate : publishedDate,
        preferred.url != null ? preferred.url : url,
        !preferred.authors.isEmpty() ? preferred.authors : authors);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
