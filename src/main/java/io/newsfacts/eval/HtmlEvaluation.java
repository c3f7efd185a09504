package io.newsfacts.eval;

import io.newsfacts.ingest.HtmlPages;
import io.newsfacts.ingest.IngestOptions;
import io.newsfacts.ingest.IngestResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores ingest alone on an HTML extraction set ({@link HtmlGold}): the body by snippets, as the
 * set's authors count them (each {@code with} snippet found is a true positive, missing a false
 * negative; each {@code without} snippet found a false positive), over all pages of a half; the
 * title, date and authors by exact match where the set knows them. Loads no models.
 */
public final class HtmlEvaluation {

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

  private HtmlEvaluation() {}

  /** Reads the set in {@code dir}, ingests its first {@code limit} pages (0: all) and scores them. */
  public static HtmlReport run(Path dir, int limit, IngestOptions options) throws IOException {
    HtmlPages pages = new HtmlPages(options);
    return run(dir, limit, (file, html) -> HtmlExtraction.of(pages.read(file, html)));
  }

  /**
   * The same scoring for another extractor, such as Readability4J: {@code system} is
   * {@code newsfacts} or {@code readability4j} (jars in {@code lib}).
   */
  public static HtmlReport run(Path dir, int limit, IngestOptions options, String system, Path lib)
      throws IOException {
    if (system.equals("readability4j")) {
      try (Readability4jExtractor r4j = new Readability4jExtractor(
          lib == null ? Readability4jExtractor.DEFAULT_LIB : lib)) {
        return run(dir, limit, r4j);
      }
    }
    return run(dir, limit, options);
  }

  static HtmlReport run(Path dir, int limit, HtmlExtraction.Extractor extractor)
      throws IOException {
    List<HtmlGold> gold = HtmlGold.read(dir);
    if (limit > 0 && gold.size() > limit) {
      gold = gold.subList(0, limit);
    }
    List<HtmlPageScore> scores = new ArrayList<>();
    for (HtmlGold page : gold) {
      byte[] html = page.html(dir);
      long start = System.nanoTime();
      HtmlExtraction result = extractor.extract(page.file(), html);
      long nanos = System.nanoTime() - start;
      scores.add(score(page, result, nanos, DeclaredDate.of(html)));
    }
    Map<String, HtmlReport.Half> halves = new LinkedHashMap<>();
    for (String half : List.of("A", "B")) {
      halves.put(half, HtmlReport.Half.of(scores.stream().filter(s -> s.half().equals(half))
          .toList()));
    }
    halves.put("all", HtmlReport.Half.of(scores));
    return new HtmlReport(dir.toString(), halves, scores);
  }

  static HtmlPageScore score(HtmlGold gold, IngestResult result, long nanos) {
    return score(gold, HtmlExtraction.of(result), nanos, null);
  }

  static HtmlPageScore score(HtmlGold gold, HtmlExtraction result, long nanos,
      DeclaredDate declared) {
    String failure = result.failure();
    String body = result.text() == null ? "" : collapse(result.text());
    List<String> missed = new ArrayList<>();
    List<String> leaked = new ArrayList<>();
    for (String s : gold.with()) {
      if (!body.contains(collapse(s))) {
        missed.add(s);
      }
    }
    for (String s : gold.without()) {
      if (body.contains(collapse(s))) {
        leaked.add(s);
      }
    }
    String title = result.title();
    String date = result.date();
    List<String> authors = result.authors();
    return new HtmlPageScore(gold.file(), gold.half(), failure, nanos,
        gold.with().size() - missed.size(), missed.size(), leaked.size(),
        gold.without().size() - leaked.size(), missed, leaked,
        gold.title(), title, gold.title() == null ? null : sameText(gold.title(), title),
        gold.date(), date, gold.date() == null ? null : gold.date().equals(date),
        declared == null ? null : declared.name(),
        gold.authors(), authors,
        gold.authors().isEmpty() ? null : sameNames(gold.authors(), authors));
  }

  /**
   * Whitespace runs (no-break spaces included) as one space, and characters that only guide
   * display (soft hyphens, zero-width marks) removed, on both sides: the set's snippets keep them
   * where the page had them, ingest's text never has them.
   */
  static String collapse(String s) {
    String nfc = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    return WHITESPACE.matcher(INVISIBLE.matcher(nfc).replaceAll("")).replaceAll(" ").strip();
  }

  private static final Pattern INVISIBLE = Pattern.compile("[\u00AD\u200B\u200C\u200D\u2060\uFEFF]");

  private static boolean sameText(String a, String b) {
    return b != null && collapse(a).toLowerCase(Locale.ROOT).equals(
        collapse(b).toLowerCase(Locale.ROOT));
  }

  /** Same set of names, however the set lists them ("A und B", "A; B", ["A", "B"]). */
  static boolean sameNames(List<String> gold, List<String> ours) {
    return names(gold).equals(names(ours));
  }

  private static java.util.Set<String> names(List<String> list) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (String s : list) {
      for (String name : s.split("\\s*(?:[,;&/]|\\band\\b|\\bund\\b)\\s*")) {
        String n = collapse(name).toLowerCase(Locale.ROOT).replaceFirst("^(?:by|von)\\s+", "");
        if (!n.isEmpty()) {
          names.add(n);
        }
      }
    }
    return names;
  }
}
