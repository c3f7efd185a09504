package io.newsfacts.report;

import java.util.List;

/**
 * What the article template shows. {@code markedTextHtml} is the only pre-built HTML: it comes from
 * {@link MarkedTextRenderer}, which escapes all article text; every other field is escaped by the
 * template engine.
 */
record ArticlePage(
    String id,
    String title,
    String publishedDate,
    String sourceFile,
    String sourceFormat,
    String url,
    String rootPrefix,
    String markedTextHtml,
    int entityCount,
    int mentionCount,
    int dateCount,
    int quoteCount,
    int quotesWithSpeaker,
    List<EntityItem> entities,
    List<TimelineItem> timeline,
    List<QuoteGroup> quoteGroups,
    int attributionCount,
    List<SourceGroup> sourceGroups) {

  /** An entity in the side panel. */
  record EntityItem(String id, String name, String typeLabel, String typeClass, int mentions) {}

  /** A date in the timeline; {@code anchor} is the id of its mark in the text. */
  record TimelineItem(String value, String text, String type, String anchor, boolean anchored) {}

  /** The quotes credited to one speaker ({@code entityId} null when it is no entity). */
  record QuoteGroup(String speaker, String entityId, int count, List<QuoteItem> quotes) {}

  /** The statements credited to one source ({@code entityId} null when it is no entity). */
  record SourceGroup(String source, String entityId, int count, List<StatementItem> statements) {}

  /**
   * One attribution in the side panel: its content shortened, linking to its mark (the quotation's
   * for quoted speech), its cue, and whether it is quoted.
   */
  record StatementItem(String id, String anchor, String excerpt, String cue, boolean quoted) {}

  /** One quote in the side panel: a shortened text linking to its mark. */
  record QuoteItem(String id, String anchor, String excerpt, String cue) {}
}
