package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.output.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The quotations of real American news (PolNeAR, in {@code ../shared}; skipped when absent)
 * rewritten in the other conventions, mark for mark: British single marks, curly and straight,
 * and the wire archives' {@code ``…''}. Apostrophes stay as they were (ASCII in the straight and
 * wire styles), so the rewrite shows whether they are ever taken for marks. The quotations found
 * in the original text are the reference.
 */
class QuoteConventionsCorpusTest {

  private static final Path DATA = Path.of("../shared/eval/polnear");
  private final QuoteFinder finder = new QuoteFinder();

  /** A rewritten text and, for each char of the original, where it went. */
  record Rewritten(String text, int[] at) {}

  enum Style { BRITISH_CURLY, BRITISH_STRAIGHT, WIRE }

  @Test
  void everyConventionFindsTheQuotationsOfTheOriginal() throws IOException {
    assumeTrue(Files.isDirectory(DATA), "no ../shared/eval/polnear");
    List<String> texts = new ArrayList<>();
    for (String set : List.of("polnear-train.jsonl", "polnear-dev.jsonl")) {
      for (String line : Files.readAllLines(DATA.resolve(set), StandardCharsets.UTF_8)) {
        JsonNode doc = Json.MAPPER.readTree(line);
        texts.add(doc.get("text").asText());
      }
    }
    Map<Style, int[]> counts = new HashMap<>();
    for (String original : texts) {
      List<QuoteFinder.Found> reference = finder.find(original);
      List<QuoteMarks.Mark> marks = pairedMarks(original);
      for (Style style : Style.values()) {
        Rewritten r = rewrite(original, marks, style);
        Set<Integer> expected = new HashSet<>();
        reference.forEach(q -> expected.add(r.at()[q.open()]));
        int matched = 0;
        List<QuoteFinder.Found> found = finder.find(r.text());
        for (QuoteFinder.Found q : found) {
          if (expected.contains(q.open())) {
            matched++;
          }
        }
        if (style.name().equals(System.getProperty("quotes.debug"))) {
          printDifferences(r.text(), expected, found); // -Dquotes.debug=WIRE, for error analysis
        }
        int[] c = counts.computeIfAbsent(style, s -> new int[3]);
        c[0] += expected.size();
        c[1] += found.size();
        c[2] += matched;
      }
    }
    for (Style style : Style.values()) {
      int[] c = counts.get(style);
      double recall = 100.0 * c[2] / c[0];
      double precision = 100.0 * c[2] / c[1];
      System.out.printf("%s: reference %d, found %d, matched %d, R %.1f P %.1f%n", style, c[0],
          c[1], c[2], recall, precision);
      assertThat(recall).as(style + " recall").isGreaterThanOrEqualTo(98.0);
      assertThat(precision).as(style + " precision").isGreaterThanOrEqualTo(97.0);
    }
  }

  private static void printDifferences(String text, Set<Integer> expected,
      List<QuoteFinder.Found> found) {
    Set<Integer> got = new HashSet<>();
    found.forEach(q -> got.add(q.open()));
    for (int e : expected) {
      if (!got.contains(e)) {
        System.out.println("MISS: " + around(text, e, e));
      }
    }
    for (QuoteFinder.Found q : found) {
      if (!expected.contains(q.open())) {
        System.out.println("EXTRA: " + around(text, q.open(), q.end()));
      }
    }
  }

  private static String around(String text, int from, int to) {
    return text.substring(Math.max(0, from - 60), Math.min(text.length(), to + 200))
        .replace("\n", "|");
  }

  /** The marks that open, re-open or close a quotation of the original (not its apostrophes). */
  static List<QuoteMarks.Mark> pairedMarks(String text) {
    List<QuoteFinder.Found> all = new ArrayList<>(QuoteFinder.findAll(text));
    for (QuoteFinder.Found q : List.copyOf(all)) { // quotations nested inside (one level)
      int shift = q.contentStart();
      QuoteFinder.findAll(text.substring(q.contentStart(), q.contentEnd())).forEach(n ->
          all.add(new QuoteFinder.Found(n.open() + shift, n.contentStart() + shift,
              n.contentEnd() + shift, n.end() + shift)));
    }
    Set<Integer> used = new HashSet<>();
    for (QuoteFinder.Found q : all) {
      used.add(q.open());
      used.add(q.contentEnd());
    }
    return QuoteMarks.scan(text).stream().filter(m -> used.contains(m.at())
        || m.opens() && all.stream().anyMatch(q -> q.open() < m.at() && m.at() < q.contentEnd()
            && text.substring(q.open(), m.at()).matches("(?s).*\\n\\s*\\n\\s*")))
        .toList();
  }

  /**
   * Double marks become the style's primary marks and single marks (nested quotations) its
   * secondary ones; apostrophes become ASCII in the ASCII styles and stay as they are otherwise.
   */
  static Rewritten rewrite(String text, List<QuoteMarks.Mark> marks, Style style) {
    Map<Integer, QuoteMarks.Mark> byPosition = new HashMap<>();
    marks.forEach(m -> byPosition.put(m.at(), m));
    StringBuilder out = new StringBuilder();
    int[] at = new int[text.length() + 1];
    int i = 0;
    while (i < text.length()) {
      QuoteMarks.Mark m = byPosition.get(i);
      if (m == null) {
        at[i] = out.length();
        char c = text.charAt(i);
        boolean ascii = style != Style.BRITISH_CURLY;
        out.append(ascii && (c == '\u2019' || c == '\u2018') ? '\''
            : ascii && (c == '\u201C' || c == '\u201D') ? '"' : c);
        i++;
        continue;
      }
      for (int k = 0; k < m.length(); k++) {
        at[i + k] = out.length();
      }
      boolean primary = m.kind() == QuoteMarks.Kind.DOUBLE;
      out.append(switch (style) {
        case BRITISH_CURLY -> primary ? (m.opens() ? "\u2018" : "\u2019")
            : (m.opens() ? "\u201C" : "\u201D");
        case BRITISH_STRAIGHT -> primary ? "'" : "\"";
        case WIRE -> primary ? (m.opens() ? "``" : "''") : (m.opens() ? "`" : "'");
      });
      i += m.length();
    }
    at[text.length()] = out.length();
    return new Rewritten(out.toString(), at);
  }
}
