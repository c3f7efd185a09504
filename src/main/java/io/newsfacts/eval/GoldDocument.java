package io.newsfacts.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold-standard document: the text fed to the systems, its publication date (null when the set
 * has none) and whatever gold annotation its set carries; the other lists are empty.
 */
public record GoldDocument(String id, String text, LocalDate publishedDate, List<GoldDate> dates,
    List<GoldEntity> entities, List<GoldQuote> quotes, List<GoldAttribution> attributions) {

  public GoldDocument {
    dates = List.copyOf(dates);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    attributions = List.copyOf(attributions);
  }

  /** A document of a set without attribution gold. */
  public GoldDocument(String id, String text, LocalDate publishedDate, List<GoldDate> dates,
      List<GoldEntity> entities, List<GoldQuote> quotes) {
    this(id, text, publishedDate, dates, entities, quotes, List.of());
  }
}
