package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.extract.QuoteConventionRewrite.Style;
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
 * in the original text are the reference. The rewrite itself is {@link QuoteConventionRewrite}.
 */
class QuoteConventionsCorpusTest {

  private static final Path DATA = Path.of("../shared/eval/polnear");
  private static final List<Style> CONVENTIONS =
      List.of(Style.BRITISH_CURLY, Style.BRITISH_STRAIGHT, Style.WIRE);
  private final QuoteFinder finder = new QuoteFinder();

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
      List<QuoteMarks.Mark> marks = QuoteConventionRewrite.pairedMarks(original);
      for (Style style : CONVENTIONS) {
        QuoteConventionRewrite.Rewritten r =
            QuoteConventionRewrite.rewrite(original, marks, style);
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
    for (Style style : CONVENTIONS) {
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
}
