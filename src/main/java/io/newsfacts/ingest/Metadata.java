package io.newsfacts.ingest;

import java.time.LocalDate;

/** Title, publication date and URL from outside the text (sidecar, HTML head, JSONL fields). */
record Metadata(String title, LocalDate publishedDate, String url) {

  static final Metadata NONE = new Metadata(null, null, null);

  Metadata {
    title = blankToNull(title);
    url = blankToNull(url);
  }

  /** These values, with each value {@code preferred} has replacing ours. */
  Metadata overriddenBy(Metadata preferred) {
    return new Metadata(
        preferred.title != null ? preferred.title : title,
        preferred.publishedDate != null ? preferred.publishedDate : publishedDate,
        preferred.url != null ? preferred.url : url);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
