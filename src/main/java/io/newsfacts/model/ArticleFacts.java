package io.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything NewsFacts found in one article: the JSON contract of {@code output/articles/<id>.json}.
 * Every offset indexes {@link #text()} in Unicode code points, end exclusive. {@code authors} lists
 * the names the source gives (HTML metadata), empty when unknown.
 */
@JsonPropertyOrder({"schemaVersion", "id", "source", "title", "publishedDate", "url", "authors",
    "text", "sentences", "entities", "dates", "quotes", "attributions"})
public record ArticleFacts(
    String schemaVersion,
    String id,
    SourceInfo source,
    String title,
    LocalDate publishedDate,
    String url,
    List<String> authors,
    String text,
    List<TextSpan> sentences,
    List<Entity> entities,
    List<DateFact> dates,
    List<Quote> quotes,
    List<AttributionFact> attributions) {

  /** 1.1 added {@code attributions}; a 1.0 file reads with an empty list. */
  public static final String SCHEMA_VERSION = "1.1";

  public ArticleFacts {
    authors = authors == null ? List.of() : List.copyOf(authors);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    quotes = List.copyOf(quotes);
    attributions = attributions == null ? List.of() : List.copyOf(attributions);
  }

  /** Facts without attributions (a system that finds none, a test). */
  public ArticleFacts(String schemaVersion, String id, SourceInfo source, String title,
      LocalDate publishedDate, String url, List<String> authors, String text,
      List<TextSpan> sentences, List<Entity> entities, List<DateFact> dates, List<Quote> quotes) {
    this(schemaVersion, id, source, title, publishedDate, url, authors, text, sentences, entities,
        dates, quotes, List.of());
  }

  /** Facts of an article whose source names no authors. */
  public ArticleFacts(String schemaVersion, String id, SourceInfo source, String title,
      LocalDate publishedDate, String url, String text, List<TextSpan> sentences,
      List<Entity> entities, List<DateFact> dates, List<Quote> quotes) {
    this(schemaVersion, id, source, title, publishedDate, url, List.of(), text, sentences,
        entities, dates, quotes, List.of());
  }
}
