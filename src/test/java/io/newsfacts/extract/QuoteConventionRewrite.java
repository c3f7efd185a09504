package io.newsfacts.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a text's quotation marks into another English convention, mark for mark, keeping where
 * every character went, so that real American news (double marks) can stand in for wire and
 * British copy: in tests ({@code QuoteConventionsCorpusTest}) and in the gold rewriter
 * ({@code PolnearInConvention}). Only the marks that open, re-open or close a quotation change;
 * apostrophes stay apostrophes (made ASCII in the ASCII styles), so any apostrophe a convention
 * mistakes for a mark shows.
 */
final class QuoteConventionRewrite {

  /** The conventions news prints quotations in; American is the original, left as it is. */
  enum Style { AMERICAN, BRITISH_CURLY, BRITISH_STRAIGHT, WIRE }

  /** A rewritten text and, for each char of the original (and its end), where it went. */
  record Rewritten(String text, int[] at) {}

  private QuoteConventionRewrite() {}

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

  /** {@link #rewrite(String, List, Style)} with the text's own paired marks. */
  static Rewritten rewrite(String text, Style style) {
    return rewrite(text, pairedMarks(text), style);
  }

  /**
   * Double marks become the style's primary marks and single marks (nested quotations) its
   * secondary ones; apostrophes become ASCII in the ASCII styles and stay as they are otherwise.
   * A mark's position maps to where its replacement starts, so an end offset (exclusive) at a
   * closing mark stays just before it, whatever the replacement's length.
   */
  static Rewritten rewrite(String text, List<QuoteMarks.Mark> marks, Style style) {
    Map<Integer, QuoteMarks.Mark> byPosition = new HashMap<>();
    marks.forEach(m -> byPosition.put(m.at(), m));
    StringBuilder out = new StringBuilder();
    int[] at = new int[text.length() + 1];
    int i = 0;
    while (i < text.length()) {
      QuoteMarks.Mark m = style == Style.AMERICAN ? null : byPosition.get(i);
      if (m == null) {
        at[i] = out.length();
        char c = text.charAt(i);
        boolean ascii = style == Style.BRITISH_STRAIGHT || style == Style.WIRE;
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
        case AMERICAN -> throw new IllegalStateException("the original is not rewritten");
      });
      i += m.length();
    }
    at[text.length()] = out.length();
    return new Rewritten(out.toString(), at);
  }
}
