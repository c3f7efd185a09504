package io.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The batch's record: what was asked, how each article ended, and how long it took. */
@JsonPropertyOrder({"schemaVersion", "tool", "corpus", "summary", "timing", "incremental",
    "articles"})
public record Manifest(String schemaVersion, String tool, String corpus, Summary summary,
    Timing timing, Incremental incremental, List<ManifestEntry> articles) {

  public Manifest {
    articles = List.copyOf(articles);
  }

  /** Article counts by outcome. */
  @JsonPropertyOrder({"articles", "ok", "failed", "entities", "dates", "quotes", "attributions"})
  public record Summary(int articles, int ok, int failed, int entities, int dates, int quotes,
      int attributions) {
    public static Summary of(List<ManifestEntry> entries) {
      int ok = (int) entries.stream().filter(e -> e.status() == ManifestEntry.Status.ok).count();
      return new Summary(entries.size(), ok, entries.size() - ok,
          entries.stream().mapToInt(ManifestEntry::entities).sum(),
          entries.stream().mapToInt(ManifestEntry::dates).sum(),
          entries.stream().mapToInt(ManifestEntry::quotes).sum(),
          entries.stream().mapToInt(ManifestEntry::attributions).sum());
    }
  }

  /**
   * What this run had to do: articles annotated now, articles whose output an earlier run with the
   * same code and settings had already written (unchanged since), and the outputs it removed
   * because their article is gone from the corpus or failed now. Like the timing, it describes the
   * run, not the corpus: a resumed run and an uninterrupted one differ only here and in timing.
   */
  @JsonPropertyOrder({"annotated", "reused", "removed"})
  public record Incremental(int annotated, int reused, List<String> removed) {
    public Incremental {
      removed = List.copyOf(removed);
    }
  }

  /** Wall-clock figures of the run; the only part of the output that changes between runs. */
  @JsonPropertyOrder({"startedAt", "threads", "setupSeconds", "wallSeconds", "articlesPerSecond",
      "tokens", "tokensPerSecond"})
  public record Timing(String startedAt, int threads, double setupSeconds, double wallSeconds,
      double articlesPerSecond, long tokens, double tokensPerSecond) {}
}
