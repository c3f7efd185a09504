package io.newsfacts.report;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.AttributionFact;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds the {@link ArticlePage} of one article: marked text plus the side panel lists. */
final class ArticlePageBuilder {

  /** Values that are points on the calendar (2023, 2023-06, 2023-06-03, 2023-W22, 2023-06-03T10:00). */
  private static final Pattern CALENDAR_VALUE = Pattern.compile("^\\d{4}(?:[-W].*)?$");
  private static final int EXCERPT_CODE_POINTS = 120;

  private ArticlePageBuilder() {}

  /**
   * @param rootPrefix relative path from the page to the report folder, e.g. {@code "../../"}
   */
  static ArticlePage build(ArticleFacts facts, String rootPrefix) {
    int mentions = facts.entities().stream().mapToInt(e -> e.mentions().size()).sum();
    int withSpeaker = (int) facts.quotes().stream().filter(q -> q.speaker() != null).count();
    return new ArticlePage(
        facts.id(),
        displayTitle(facts),
        facts.publishedDate() == null ? null : facts.publishedDate().toString(),
        facts.source() == null ? null : facts.source().file(),
        facts.source() == null || facts.source().format() == null
            ? null : facts.source().format().jsonName(),
        safeUrl(facts.url()),
        rootPrefix,
        MarkedTextRenderer.render(facts.text(), ArticleMarks.of(facts)),
        facts.entities().size(), mentions, facts.dates().size(), facts.quotes().size(), withSpeaker,
        entityItems(facts), timeline(facts), quoteGroups(facts), facts.attributions().size(),
        sourceGroups(facts));
  }

  /** The title, or the id when the article has none. */
  static String displayTitle(ArticleFacts facts) {
    return facts.title() == null || facts.title().isBlank() ? facts.id() : facts.title();
  }

  /** Only web links become hrefs: a {@code javascript:} URL in hostile input must not be clickable. */
  static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.trim().toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? url.trim() : null;
  }

  /** Most mentioned first, then by name, so the panel reads like a ranking. */
  private static List<ArticlePage.EntityItem> entityItems(ArticleFacts facts) {
    return facts.entities().stream()
        .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size())
            .thenComparing(Entity::name).thenComparing(Entity::id))
        .map(e -> new ArticlePage.EntityItem(e.id(), e.name(), ArticleMarks.typeLabel(e),
            ArticleMarks.typeClass(e), e.mentions().size()))
        .toList();
  }

  /** Calendar values in calendar order first; durations, sets and vague references after, in text order. */
  private static List<ArticlePage.TimelineItem> timeline(ArticleFacts facts) {
    List<ArticlePage.TimelineItem> calendar = new ArrayList<>();
    List<ArticlePage.TimelineItem> other = new ArrayList<>();
    for (int i = 0; i < facts.dates().size(); i++) {
      DateFact date = facts.dates().get(i);
      String value = date.value() == null ? "" : date.value();
      ArticlePage.TimelineItem item = new ArticlePage.TimelineItem(value, date.text(),
          String.valueOf(date.type()), ArticleMarks.dateAnchor(i + 1), date.anchored());
      (isCalendarValue(value) ? calendar : other).add(item);
    }
    // ISO-style values sort correctly as strings; the stable sort keeps text order for equal values.
    calendar.sort(Comparator.comparing(ArticlePage.TimelineItem::value));
    calendar.addAll(other);
    return calendar;
  }

  static boolean isCalendarValue(String value) {
    return CALENDAR_VALUE.matcher(value).matches() && !value.startsWith("XXXX");
  }

  /** Quotes grouped by speaker (entity when linked, else the words), in order of first quote. */
  private static List<ArticlePage.QuoteGroup> quoteGroups(ArticleFacts facts) {
    Map<String, Entity> entities = facts.entities().stream()
        .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
    Map<SpeakerKey, List<Quote>> bySpeaker = new LinkedHashMap<>();
    for (Quote quote : facts.quotes()) {
      bySpeaker.computeIfAbsent(SpeakerKey.of(quote, entities), k -> new ArrayList<>()).add(quote);
    }
    List<ArticlePage.QuoteGroup> groups = new ArrayList<>();
    bySpeaker.forEach((speaker, quotes) -> groups.add(new ArticlePage.QuoteGroup(
        speaker.name(), speaker.entityId(), quotes.size(),
        quotes.stream().map(q -> new ArticlePage.QuoteItem(q.id(), ArticleMarks.quoteAnchor(q),
            excerpt(q.text()), q.cue())).toList())));
    return groups;
  }

  /**
   * Statements grouped by source (the entity when linked, else the words), in order of first
   * statement: who the article lets speak, quoted or not.
   */
  private static List<ArticlePage.SourceGroup> sourceGroups(ArticleFacts facts) {
    Map<String, Entity> entities = facts.entities().stream()
        .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
    Map<SpeakerKey, List<AttributionFact>> bySource = new LinkedHashMap<>();
    for (AttributionFact a : facts.attributions()) {
      Entity entity = a.source() == null || a.source().entityId() == null ? null
          : entities.get(a.source().entityId());
      SpeakerKey key = new SpeakerKey(ArticleMarks.sourceName(a, entity),
          entity == null ? null : entity.id());
      bySource.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
    }
    List<ArticlePage.SourceGroup> groups = new ArrayList<>();
    bySource.forEach((source, items) -> groups.add(new ArticlePage.SourceGroup(source.name(),
        source.entityId(), items.size(), items.stream().map(a -> new ArticlePage.StatementItem(
            a.id(), a.direct() ? "quote-" + a.quoteIds().get(0) : ArticleMarks.attributionAnchor(a),
            excerpt(a.content().text()), a.cue() == null ? null : a.cue().text(), a.direct()))
            .toList())));
    return groups;
  }

  /** Who a quote is grouped under: the linked entity, else the speaker's words, else nobody. */
  private record SpeakerKey(String name, String entityId) {
    static SpeakerKey of(Quote quote, Map<String, Entity> entities) {
      if (quote.speaker() == null) {
        return new SpeakerKey("Unattributed", null);
      }
      Entity entity = quote.speaker().entityId() == null ? null
          : entities.get(quote.speaker().entityId());
      return entity != null ? new SpeakerKey(entity.name(), entity.id())
          : new SpeakerKey(quote.speaker().text(), null);
    }
  }

  /** The first code points of a quote, cut on a code point boundary (never half an emoji). */
  static String excerpt(String text) {
    if (text == null) {
      return "";
    }
    int count = text.codePointCount(0, text.length());
    if (count <= EXCERPT_CODE_POINTS) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, EXCERPT_CODE_POINTS)).stripTrailing() + "…";
  }
}
