package io.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The input formats NewsFacts reads. */
public enum SourceFormat {
  TXT, HTML, JSONL;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
