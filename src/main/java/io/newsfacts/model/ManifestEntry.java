package io.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One article's line in the manifest; counts are zero and {@code error} set when it failed. */
@JsonPropertyOrder({"id", "file", "status", "error", "entities", "dates", "quotes",
    "quotesWithSpeaker", "attributions", "output"})
public record ManifestEntry(String id, String file, Status status, String error, int entities,
    int dates, int quotes, int quotesWithSpeaker, int attributions, String output) {

  /** Whether the article was done. */
  public enum Status {
    ok, failed
  }

  public static ManifestEntry ok(ArticleFacts facts, String output) {
    int withSpeaker = (int) facts.quotes().stream().filter(q -> q.speaker() != null).count();
    return new ManifestEntry(facts.id(), facts.source().file(), Status.ok, null,
        facts.entities().size(), facts.dates().size(), facts.quotes().size(), withSpeaker,
        facts.attributions().size(), output);
  }

  public static ManifestEntry failed(ArticleFailure failure) {
    return new ManifestEntry(failure.id(), failure.file(), Status.failed, failure.error(),
        0, 0, 0, 0, 0, null);
  }
}
