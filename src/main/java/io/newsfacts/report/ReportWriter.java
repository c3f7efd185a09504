package io.newsfacts.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Manifest;
import io.newsfacts.model.ManifestEntry;
import io.newsfacts.output.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the static HTML report of a batch from its output folder: {@code report/index.html}, one
 * page per article under {@code report/articles/}, {@code report/index-data.js} with all index rows,
 * and the CSS/JS under {@code report/assets/}.
 *
 * <p>Articles are streamed: each JSON file is read, its page written, and only its index row and
 * entity counts kept, so a 5,000-article batch needs little memory. The report is built from the
 * article files alone; {@code manifest.json} adds the batch figures and failed articles when present.
 * Files in {@code report/} that the writer does not produce are left alone. Same input, same bytes.
 *
 * <pre>{@code
 * ReportSummary summary = new ReportWriter().write(Path.of("output"));
 * }</pre>
 */
public final class ReportWriter {

  /** Rows per index page (the first page is also written as HTML for readers without JS). */
  static final int PAGE_SIZE = 50;
  static final int TOP_ENTITIES = 25;
  static final String REPORT_DIR = "report";
  private static final String ASSET_RESOURCES = "/io/newsfacts/report/assets/";
  private static final List<String> ASSETS = List.of("report.css", "article.js", "index.js");

  /** Tolerates fields added by later schema versions: the report only needs the known ones. */
  private static final ObjectReader ARTICLE_READER = Json.MAPPER.readerFor(ArticleFacts.class)
      .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Templates templates = new Templates();

  public ReportWriter() {}

  /**
   * Writes the report of {@code outputDir} into {@code outputDir/report}.
   *
   * @throws IllegalArgumentException when {@code outputDir/articles} is not a folder
   * @throws UncheckedIOException when a file cannot be written
   */
  public ReportSummary write(Path outputDir) {
    Path articlesDir = outputDir.resolve(ReportPaths.ARTICLES);
    if (!Files.isDirectory(articlesDir)) {
      throw new IllegalArgumentException("no articles folder: " + articlesDir);
    }
    try {
      return writeReport(outputDir, articlesDir, outputDir.resolve(REPORT_DIR));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ReportSummary writeReport(Path outputDir, Path articlesDir, Path reportDir)
      throws IOException {
    Manifest manifest = readManifest(outputDir.resolve("manifest.json"));
    copyAssets(reportDir.resolve("assets"));
    CorpusEntityTally tally = new CorpusEntityTally();
    Totals totals = new Totals();
    List<IndexRow> rows = new ArrayList<>();
    Set<String> idsWithPage = new HashSet<>();
    for (Path json : articleFiles(articlesDir)) {
      Path relative = articlesDir.relativize(json);
      ArticleFacts facts;
      try {
        facts = ARTICLE_READER.readValue(json.toFile());
      } catch (IOException e) {
        rows.add(IndexRow.problem(relative.toString().replace('\\', '/'), IndexRow.UNREADABLE,
            oneLine(e)));
        continue;
      }
      IndexRow row = writeArticlePage(facts, relative, reportDir);
      rows.add(row);
      idsWithPage.add(facts.id());
      totals.add(row);
      tally.add(facts.entities(), new CorpusEntityTally.ArticleRef(row.title(), row.href()));
    }
    rows.addAll(manifestProblemRows(manifest, idsWithPage));
    rows.sort(Comparator.comparing(IndexRow::id).thenComparing(IndexRow::status));
    IndexDataScript.write(rows, PAGE_SIZE, reportDir.resolve("index-data.js"));
    Path indexPage = reportDir.resolve("index.html");
    templates.writeIndex(IndexPageBuilder.build(manifest, rows, totals, tally.top(TOP_ENTITIES),
        PAGE_SIZE), indexPage);
    int failed = (int) rows.stream().filter(r -> IndexRow.FAILED.equals(r.status())).count();
    int unreadable = (int) rows.stream().filter(r -> IndexRow.UNREADABLE.equals(r.status())).count();
    List<String> unreadableFiles = rows.stream()
        .filter(r -> IndexRow.UNREADABLE.equals(r.status()))
        .map(r -> ReportPaths.ARTICLES + "/" + r.id() + ": " + r.error()).toList();
    return new ReportSummary(indexPage, totals.articles, failed, unreadable, totals.entities,
        totals.dates, totals.quotes, totals.quotesWithSpeaker, unreadableFiles);
  }

  private IndexRow writeArticlePage(ArticleFacts facts, Path relativeJson, Path reportDir)
      throws IOException {
    Path page = ReportPaths.pageOf(relativeJson);
    templates.writeArticle(ArticlePageBuilder.build(facts, ReportPaths.rootPrefixOf(page)),
        reportDir.resolve(page));
    int withSpeaker = (int) facts.quotes().stream().filter(q -> q.speaker() != null).count();
    return new IndexRow(facts.id(), ArticlePageBuilder.displayTitle(facts),
        ReportPaths.hrefOf(page),
        facts.publishedDate() == null ? null : facts.publishedDate().toString(),
        facts.entities().size(), facts.dates().size(), facts.quotes().size(), withSpeaker,
        IndexRow.OK, null);
  }

  /** All {@code *.json} under the articles folder, in a stable order. */
  private static List<Path> articleFiles(Path articlesDir) throws IOException {
    try (Stream<Path> files = Files.walk(articlesDir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted(Comparator.comparing(p -> articlesDir.relativize(p).toString().replace('\\', '/')))
          .toList();
    }
  }

  /** The manifest, or null when there is none (JSON produced earlier, or by hand). */
  private static Manifest readManifest(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    return Json.MAPPER.readerFor(Manifest.class)
        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(file.toFile());
  }

  /** Failed articles, and done ones whose JSON is gone, exist only in the manifest. */
  private static List<IndexRow> manifestProblemRows(Manifest manifest, Set<String> idsWithPage) {
    if (manifest == null) {
      return List.of();
    }
    List<IndexRow> rows = new ArrayList<>();
    for (ManifestEntry entry : manifest.articles()) {
      String id = entry.id() != null ? entry.id() : entry.file();
      if (entry.status() == ManifestEntry.Status.failed) {
        rows.add(IndexRow.problem(id, IndexRow.FAILED, entry.error()));
      } else if (!idsWithPage.contains(entry.id())) {
        rows.add(IndexRow.problem(id, IndexRow.MISSING, "article JSON not found"));
      }
    }
    return rows;
  }

  private static void copyAssets(Path assetsDir) throws IOException {
    Files.createDirectories(assetsDir);
    for (String asset : ASSETS) {
      try (InputStream in = ReportWriter.class.getResourceAsStream(ASSET_RESOURCES + asset)) {
        if (in == null) {
          throw new IOException("asset missing from the jar: " + asset);
        }
        Files.copy(in, assetsDir.resolve(asset), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String first = message.lines().findFirst().orElse("");
    return first.length() > 300 ? first.substring(0, 300) + "…" : first;
  }

  /** Sums over the articles that have a page. */
  static final class Totals {
    int articles;
    int entities;
    int dates;
    int quotes;
    int quotesWithSpeaker;

    void add(IndexRow row) {
      articles++;
      entities += row.entities();
      dates += row.dates();
      quotes += row.quotes();
      quotesWithSpeaker += row.quotesWithSpeaker();
    }
  }
}
