package io.newsfacts.report;

import io.newsfacts.model.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the {@link IndexPage}: batch figures, first page of rows, failures and top entities. */
final class IndexPageBuilder {

  private IndexPageBuilder() {}

  static IndexPage build(Manifest manifest, List<IndexRow> rows, ReportWriter.Totals totals,
      List<CorpusEntityTally.Row> topEntities, int pageSize) {
    List<IndexRow> failed = rows.stream().filter(r -> !r.isOk()).toList();
    return new IndexPage(
        manifest == null ? null : manifest.corpus(),
        manifest == null ? null : manifest.tool(),
        manifest != null,
        figures(manifest, totals, failed.size()),
        manifest == null ? List.of() : timing(manifest.timing()),
        rows.size(),
        pageSize,
        rows.subList(0, Math.min(pageSize, rows.size())),
        rows.size() > pageSize,
        failed,
        topEntities);
  }

  /** The manifest's summary when there is one; else what the article files add up to. */
  private static List<IndexPage.Figure> figures(Manifest manifest, ReportWriter.Totals totals,
      int problems) {
    List<IndexPage.Figure> figures = new ArrayList<>();
    if (manifest != null && manifest.summary() != null) {
      Manifest.Summary s = manifest.summary();
      figures.add(figure("Articles", s.articles()));
      figures.add(figure("Done", s.ok()));
      figures.add(figure("Failed", s.failed()));
      figures.add(figure("Entities", s.entities()));
      figures.add(figure("Dates", s.dates()));
      figures.add(figure("Quotes", s.quotes()));
    } else {
      figures.add(figure("Articles", totals.articles + problems));
      figures.add(figure("Done", totals.articles));
      figures.add(figure("Failed", problems));
      figures.add(figure("Entities", totals.entities));
      figures.add(figure("Dates", totals.dates));
      figures.add(figure("Quotes", totals.quotes));
    }
    figures.add(figure("Quotes with a speaker", totals.quotesWithSpeaker));
    return figures;
  }

  private static List<IndexPage.Figure> timing(Manifest.Timing t) {
    if (t == null) {
      return List.of();
    }
    List<IndexPage.Figure> timing = new ArrayList<>();
    if (t.startedAt() != null) {
      timing.add(new IndexPage.Figure("Started", t.startedAt()));
    }
    timing.add(figure("Threads", t.threads()));
    timing.add(new IndexPage.Figure("Model setup", decimal(t.setupSeconds()) + " s"));
    timing.add(new IndexPage.Figure("Wall time", decimal(t.wallSeconds()) + " s"));
    timing.add(new IndexPage.Figure("Articles per second", decimal(t.articlesPerSecond())));
    timing.add(new IndexPage.Figure("Tokens", String.format(Locale.ROOT, "%,d", t.tokens())));
    timing.add(new IndexPage.Figure("Tokens per second", decimal(t.tokensPerSecond())));
    return timing;
  }

  private static IndexPage.Figure figure(String label, int value) {
    return new IndexPage.Figure(label, String.format(Locale.ROOT, "%,d", value));
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%,.2f", value);
  }
}
