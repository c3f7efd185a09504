package io.newsfacts.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of {@code evaluate --html}: per half of the set and over all pages, plus each page. */
public record HtmlReport(String data, Map<String, Half> halves, List<HtmlPageScore> pages) {

  /** Body P/R/F1 over snippet counts; metadata accuracy over the pages that know the value. */
  public record Half(int pages, int failed, int truePositives, int falseNegatives,
      int falsePositives, int trueNegatives, double precision, double recall, double f1,
      int titles, int titlesCorrect, int dates, int datesCorrect, int datesFound,
      int authors, int authorsCorrect, double ingestSeconds, double pagesPerSecond,
      int datesInMarkup, int datesInMarkupFound, int datesStated, int datesStatedFound) {

    static Half of(List<HtmlPageScore> scores) {
      int tp = 0;
      int fn = 0;
      int fp = 0;
      int tn = 0;
      int failed = 0;
      int titles = 0;
      int titlesOk = 0;
      int dates = 0;
      int datesOk = 0;
      int datesFound = 0;
      int authors = 0;
      int authorsOk = 0;
      long nanos = 0;
      int inMarkup = 0;
      int inMarkupFound = 0;
      int stated = 0;
      int statedFound = 0;
      for (HtmlPageScore s : scores) {
        if (s.dateDeclared() != null) {
          boolean found = s.date() != null;
          stated++;
          statedFound += found ? 1 : 0;
          if (DeclaredDate.valueOf(s.dateDeclared()).inMarkup()) {
            inMarkup++;
            inMarkupFound += found ? 1 : 0;
          }
        }
        tp += s.truePositives();
        fn += s.falseNegatives();
        fp += s.falsePositives();
        tn += s.trueNegatives();
        failed += s.failure() == null ? 0 : 1;
        nanos += s.nanos();
        if (s.titleCorrect() != null) {
          titles++;
          titlesOk += s.titleCorrect() ? 1 : 0;
        }
        if (s.dateCorrect() != null) {
          dates++;
          datesOk += s.dateCorrect() ? 1 : 0;
          datesFound += s.date() != null ? 1 : 0;
        }
        if (s.authorsCorrect() != null) {
          authors++;
          authorsOk += s.authorsCorrect() ? 1 : 0;
        }
      }
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      double seconds = nanos / 1e9;
      return new Half(scores.size(), failed, tp, fn, fp, tn, p, r, f1, titles, titlesOk, dates,
          datesOk, datesFound, authors, authorsOk, seconds,
          seconds == 0 ? 0 : scores.size() / seconds, inMarkup, inMarkupFound, stated,
          statedFound);
    }
  }

  /** A Markdown table: one row per half and one for all pages. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("HTML extraction: ").append(data).append(" (A: develop, B: check)\n\n");
    md.append("| half | pages | failed | body P | body R | body F1 | title | date | date found"
        + " | date found, declared in markup | date found, stated anywhere | authors"
        + " | ingest pages/s |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Half> e : halves.entrySet()) {
      Half h = e.getValue();
      md.append(String.format(Locale.ROOT,
          "| %s | %d | %d | %.3f | %.3f | %.3f | %s | %s | %s | %s | %s | %s | %.0f |\n", e.getKey(),
          h.pages, h.failed, h.precision, h.recall, h.f1, share(h.titlesCorrect, h.titles),
          share(h.datesCorrect, h.dates), share(h.datesFound, h.dates),
          share(h.datesInMarkupFound, h.datesInMarkup), share(h.datesStatedFound, h.datesStated),
          share(h.authorsCorrect, h.authors), h.pagesPerSecond));
    }
    return md.toString();
  }

  private static String share(int n, int of) {
    return of == 0 ? "–" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) n / of, n, of);
  }
}
