package io.newsfacts.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One article's row on the index page, and in {@code index-data.js}. {@code href} is relative to the
 * report folder and null when there is no page (failed articles); {@code error} is set then.
 */
@JsonPropertyOrder({"id", "title", "href", "publishedDate", "entities", "dates", "quotes",
    "quotesWithSpeaker", "status", "error"})
record IndexRow(String id, String title, String href, String publishedDate, int entities, int dates,
    int quotes, int quotesWithSpeaker, String status, String error) {

  static final String OK = "ok";
  static final String FAILED = "failed";
  /** Listed as done in the manifest, but its JSON file is not there. */
  static final String MISSING = "missing";
  /** A JSON file that could not be read as an article. */
  static final String UNREADABLE = "unreadable";

  static IndexRow problem(String id, String status, String error) {
    return new IndexRow(id, id, null, null, 0, 0, 0, 0, status, error);
  }

  boolean isOk() {
    return OK.equals(status);
  }
}
