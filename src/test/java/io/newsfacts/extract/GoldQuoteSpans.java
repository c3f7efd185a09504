package io.newsfacts.extract;

import io.newsfacts.eval.GoldDocument;
import io.newsfacts.eval.GoldQuote;
import io.newsfacts.eval.QuoteJsonlReader;
import java.nio.file.Path;
import java.util.List;

/**
 * Developer tool, not a test: how many gold quotation spans of a quotation JSONL the quote finder
 * does not give exactly, with no model loaded (seconds for a whole PolNeAR part in any
 * convention, where {@code SpeakerDevHarness} annotates). With a second argument, prints each.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:target/lib/*
 * io.newsfacts.extract.GoldQuoteSpans GOLD.jsonl [show]}.
 */
public final class GoldQuoteSpans {

  private GoldQuoteSpans() {}

  public static void main(String[] args) {
    int gold = 0;
    int notExact = 0;
    QuoteFinder finder = new QuoteFinder();
    for (GoldDocument doc : QuoteJsonlReader.read(Path.of(args[0]))) {
      String text = doc.text();
      List<QuoteFinder.Found> found = finder.find(text);
      for (GoldQuote q : doc.quotes()) {
        int start = text.offsetByCodePoints(0, q.start());
        int end = text.offsetByCodePoints(0, q.end());
        gold++;
        if (found.stream().noneMatch(f -> f.contentStart() == start && f.contentEnd() == end)) {
          notExact++;
          if (args.length > 1) {
            System.out.println(doc.id() + "\t" + text.substring(Math.max(0, start - 3),
                Math.min(text.length(), end + 3)).replace('\n', '|'));
          }
        }
      }
    }
    System.out.printf("%s: gold %d, not found exactly %d%n", args[0], gold, notExact);
  }
}
