package io.newsfacts.report;

import java.util.List;

/**
 * What the index template shows. {@code firstRows} is the first page of rows, written as HTML so the
 * index is readable without JavaScript; the script then pages and sorts all rows from
 * {@code index-data.js}.
 */
record IndexPage(
    String corpus,
    String tool,
    boolean hasManifest,
    List<Figure> figures,
    List<Figure> timing,
    int totalRows,
    int pageSize,
    List<IndexRow> firstRows,
    boolean moreRowsThanShown,
    List<IndexRow> failedRows,
    List<CorpusEntityTally.Row> topEntities) {

  /** Failed, missing and unreadable articles. */
  int failedCount() {
    return failedRows.size();
  }

  /** A labelled number of the batch. */
  record Figure(String label, String value) {}
}
