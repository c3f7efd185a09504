package io.newsfacts.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ReportWriter#write} produced: where the index is, how many article pages it wrote, and
 * the totals it counted from the article files.
 */
public record ReportSummary(Path indexPage, int articlePages, int failedArticles,
    int unreadableFiles, int entities, int dates, int quotes, int quotesWithSpeaker,
    List<String> unreadable) {

  /**
   * @param unreadable each article file that could not be read, as {@code articles/FILE: reason}
   */
  public ReportSummary {
    unreadable = List.copyOf(unreadable);
  }
}
