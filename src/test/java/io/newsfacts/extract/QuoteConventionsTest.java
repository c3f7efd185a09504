package io.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.eval.GoldDocument;
import io.newsfacts.eval.GoldQuote;
import io.newsfacts.eval.QuoteJsonlReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Quote finding on our own small set, a few short articles per mark convention
 * ({@code eval/conventions/quote-conventions.jsonl}; ids are {@code <convention>-<n>}): every
 * quotation found with its exact span, nothing else, per convention. The {@code apostrophes}
 * articles hold no quotation at all, only apostrophes and primes.
 */
class QuoteConventionsTest {

  @Test
  void everyConventionFindsExactlyItsQuotations() throws URISyntaxException {
    Path set = Path.of(getClass().getResource(
        "/io/newsfacts/eval/conventions/quote-conventions.jsonl").toURI());
    Map<String, int[]> byConvention = new TreeMap<>();
    for (GoldDocument doc : QuoteJsonlReader.read(set)) {
      String convention = doc.id().replaceFirst("-\\d+$", "");
      CodePoints cp = new CodePoints(doc.text());
      Set<List<Integer>> gold = new HashSet<>();
      for (GoldQuote q : doc.quotes()) {
        gold.add(List.of(q.start(), q.end()));
      }
      int[] c = byConvention.computeIfAbsent(convention, k -> new int[3]);
      List<QuoteFinder.Found> found = new QuoteFinder().find(doc.text());
      c[0] += gold.size();
      c[1] += found.size();
      for (QuoteFinder.Found q : found) {
        if (gold.contains(List.of(cp.of(q.contentStart()), cp.of(q.contentEnd())))) {
          c[2]++;
        }
      }
    }
    assertThat(byConvention).hasSizeGreaterThanOrEqualTo(8);
    byConvention.forEach((convention, c) -> {
      assertThat(c[2]).as(convention + ": right of " + c[0] + " gold").isEqualTo(c[0]);
      assertThat(c[1]).as(convention + ": found").isEqualTo(c[0]);
    });
  }
}
