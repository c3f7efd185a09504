package io.newsfacts.eval;

import io.newsfacts.ingest.IngestResult;
import io.newsfacts.model.Article;
import java.util.List;

/**
 * What one extractor read out of one page: the body text and whatever metadata it gives (null
 * when it gives none), or why it failed. Lets {@code evaluate --html} score other extractors with
 * the same snippet metric as ingest.
 */
record HtmlExtraction(String text, String title, String date, List<String> authors,
    String failure) {

  HtmlExtraction {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  static HtmlExtraction failed(String failure) {
    return new HtmlExtraction(null, null, null, List.of(), failure);
  }

  /** Ingest's result as an extraction. */
  static HtmlExtraction of(IngestResult result) {
    if (result instanceof IngestResult.Ok ok) {
      Article a = ok.article();
      return new HtmlExtraction(a.text(), a.title(),
          a.publishedDate() == null ? null : a.publishedDate().toString(), a.authors(), null);
    }
    return failed(((IngestResult.Failed) result).failure().error());
  }

  /** Reads one page's bytes. */
  @FunctionalInterface
  interface Extractor {
    HtmlExtraction extract(String file, byte[] html);
  }
}
