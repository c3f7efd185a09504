package io.newsfacts.extract;

import io.newsfacts.extract.QuoteMarks.Kind;
import io.newsfacts.extract.QuoteMarks.Mark;
import io.newsfacts.extract.QuoteMarks.Strength;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds quotations in every English convention with one mechanism: {@link QuoteMarks} reads each
 * mark as a possible opener or closer, and each opener is paired with a closer of its own kind in
 * the same paragraph. Double and single marks are paired alike, and either may be the primary
 * kind; a quotation inside another (the other kind, nested) is part of the outer one's text and
 * is not reported again.
 *
 * <p>A quotation running over several paragraphs re-opens each paragraph with an opening mark and
 * closes only at its end (the news convention); an opener still unclosed at a paragraph's end
 * that is not so continued was never a quotation. It is found whole, so that its speaker is
 * found once for all of it, and reported paragraph by paragraph ({@link #paragraphs}), as
 * annotators mark it and as a reader quotes it.
 *
 * <p>Single marks double as apostrophes, so a single opener takes the surest closer before the
 * next opener: one at punctuation or the paragraph's end before one after a bare word, and that
 * before one after a word ending in s (the Jones’ car). Double marks are never apostrophes and
 * take the first closer.
 *
 * <p>CoreNLP's QuoteAnnotator is not used for finding quotes: it pairs marks across paragraphs
 * without knowing the re-opening convention, and it does not tell single marks from apostrophes.
 */
public final class QuoteFinder {

  /** What ends a quotation's words when they end a clause: a comma or a stop. */
  private static final String CLAUSE_END = ",.!?;:\u2026";

  /**
   * A quotation in char offsets: {@code open} is the opening mark, {@code end} is just past the
   * closing mark, and the content lies between the marks.
   */
  public record Found(int open, int contentStart, int contentEnd, int end) {

    /**
     * Whether the words end in a comma inside the closing mark ("…,” she said): the writer's
     * sentence goes on, usually with who said it.
     */
    boolean closesOnComma(String text) {
      return text.substring(contentStart, contentEnd).strip().endsWith(",");
    }

    /**
     * Whether the words end in a comma, a question or an exclamation mark inside the closing
     * mark ("…?” asked Dunn"): a reporting clause may follow in the same sentence.
     */
    boolean closesOpen(String text) {
      String words = text.substring(contentStart, contentEnd).strip();
      return words.endsWith(",") || words.endsWith("?") || words.endsWith("!");
    }

    /** Whether the words end their sentence with a full stop inside the marks ("pier.”"). */
    boolean closesOnStop(String text) {
      String words = text.substring(contentStart, contentEnd).strip();
      return words.endsWith(".") && !words.endsWith("...");
    }
  }

  /** Whether the character at {@code position} lies in one of {@code quotes}, marks included. */
  static boolean inside(List<Found> quotes, int position) {
    for (Found quote : quotes) {
      if (position >= quote.open() && position < quote.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a phrase that starts at {@code begin} and has its head at {@code head} starts when
   * {@code begin} lies inside a quotation before the head. A quotation that ends a clause (its
   * words end in a comma or a stop: "“… three o'clock,” Palestinian lawmaker Ahmed Zighayer"), or
   * a line before the head, is no part of the phrase, which starts after it; one set right before
   * the noun as its modifier ("“Parasite” director Bong Joon Ho") is, marks included.
   */
  static int afterQuotationEndingIn(List<Found> quotes, String text, int begin, int head) {
    for (Found quote : quotes) {
      if (quote.open() <= begin && begin < quote.end() && quote.end() <= head) {
        String words = text.substring(quote.contentStart(), quote.contentEnd()).strip();
        if (!words.isEmpty() && CLAUSE_END.indexOf(words.charAt(words.length() - 1)) < 0
            && text.substring(quote.end(), head).indexOf('\n') < 0) {
          return quote.open();
        }
        int after = quote.end();
        while (after < head
            && (Character.isWhitespace(text.charAt(after)) || text.charAt(after) == ',')) {
          after++;
        }
        return after;
      }
    }
    return begin;
  }

  /** All quotations in reading order, outermost only; an unclosed one is dropped. */
  public List<Found> find(String text) {
    return outermost(findAll(text));
  }

  /**
   * Where each outermost quotation's opening and closing mark begins, ascending: what the tagger
   * is shown as a double mark ({@code annotate.TaggerQuoteMarks}). Marks nested inside a quotation,
   * a long quotation's re-opening marks and apostrophes are not among them.
   */
  public static int[] primaryMarkBegins(String text) {
    return outermost(findAll(text)).stream()
        .flatMapToInt(q -> IntStream.of(q.open(), q.contentEnd()))
        .toArray();
  }

  /** Every quotation, nested ones included, ordered by their opening mark. */
  static List<Found> findAll(String text) {
    List<Mark> marks = QuoteMarks.scan(text);
    List<Found> doubles = pair(text, marks, Kind.DOUBLE, List.of());
    // Double quotations are opaque to single marks: a ‘ inside “…” cannot pair with a ’ outside.
    List<Found> singles = pair(text, marks, Kind.SINGLE, doubles);
    List<Found> all = new ArrayList<>(doubles);
    all.addAll(singles);
    all.sort(Comparator.comparingInt(Found::open));
    return all;
  }

  private static List<Found> pair(String text, List<Mark> all, Kind kind, List<Found> opaque) {
    List<Mark> marks = all.stream()
        .filter(m -> m.kind() == kind && opaque.stream().noneMatch(q -> m.at() > q.open()
            && m.at() < q.end()))
        .toList();
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < marks.size()) {
      Mark open = marks.get(i);
      if (!open.opens()) {
        i++;
        continue;
      }
      int close = closerFor(text, marks, i);
      if (close < 0) {
        i++;
        continue;
      }
      Mark closing = marks.get(close);
      if (!text.substring(open.end(), closing.at()).isBlank()) {
        found.add(new Found(open.at(), open.end(), closing.at(), closing.end()));
      }
      i = close + 1;
    }
    return found;
  }

  /**
   * The index of the mark that closes the opener at {@code o}, or -1. The search ends at the next
   * definite opener (the quotation was never closed) or at a paragraph break, unless the next
   * paragraph re-opens with a mark of the same kind.
   */
  private static int closerFor(String text, List<Mark> marks, int o) {
    Mark open = marks.get(o);
    boolean single = open.kind() == Kind.SINGLE;
    int best = -1;
    int paragraphEnd = paragraphEnd(text, open.end());
    for (int j = o + 1; j < marks.size(); j++) {
      Mark m = marks.get(j);
      while (m.at() >= paragraphEnd) {
        int next = skipBlank(text, paragraphEnd);
        boolean reopened = next == m.at() && m.opens();
        // after a word ending in s, a mark is likelier the Jones’ apostrophe than the end of a
        // quotation whose next paragraph re-opens, unless the quotation opened inside a clause
        if (best >= 0 && (!reopened || marks.get(best).strength() != Strength.POSSESSIVE
            || opensAfterWord(text, open))) {
          return best;
        }
        if (!reopened) {
          return -1;
        }
        best = -1;
        paragraphEnd = paragraphEnd(text, m.end());
        j++;
        if (j >= marks.size()) {
          return -1;
        }
        m = marks.get(j); // the continuation mark is part of the quotation's text
      }
      if (m.closes()) {
        if (open.doubtful() && m.strength() == Strength.POSSESSIVE) {
          continue; // '08 … Jones’: neither is a mark
        }
        if (!single) {
          return j;
        }
        if (best < 0 || rank(m.strength()) < rank(marks.get(best).strength())) {
          best = j;
        }
        if (m.strength() == Strength.STRONG) {
          return j;
        }
      } else if (m.doubtful() && best < 0) {
        continue; // in '08 and '12: years inside a quotation
      } else if (m.definite() || single) {
        return best; // a new quotation opens: an earlier candidate or none at all
      }
    }
    return best;
  }

  /**
   * The mark opens after a word and a space: "take ‘robust steps’ in", "the ‘New York values’
   * phrase". Such a quotation is a few words inside its sentence, closed there; one that runs over
   * paragraphs is whole sentences of speech, opening its paragraph or set off by a colon or comma
   * ("He said: ‘…"). So a plural's mark in its paragraph ends it (news closes a fragment before
   * the paragraph ends).
   */
  private static boolean opensAfterWord(String text, Mark open) {
    int i = open.at() - 1;
    if (i < 1 || !inLineSpace(text.charAt(i))) {
      return false;
    }
    while (i > 0 && inLineSpace(text.charAt(i))) {
      i--;
    }
    return Character.isLetterOrDigit(text.charAt(i));
  }

  /** A space within a line: a line break before the mark may be a paragraph's start. */
  private static boolean inLineSpace(char c) {
    return c != '\n' && c != '\r' && QuoteMarks.isSpace(c);
  }

  private static int rank(Strength strength) {
    return strength.ordinal();
  }

  /**
   * The content of each paragraph of {@code quote} (char offsets {begin, end}): one piece for a
   * quotation within a paragraph, one per paragraph for one that runs on, each piece without the
   * mark that re-opens its paragraph and without the spaces around it.
   */
  public static List<int[]> paragraphs(String text, Found quote) {
    List<int[]> pieces = new ArrayList<>();
    int begin = quote.contentStart();
    for (int brk = paragraphEnd(text, begin); brk < quote.contentEnd();
        brk = paragraphEnd(text, begin)) {
      int end = brk;
      while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > begin) {
        pieces.add(new int[] {begin, end});
      }
      begin = skipBlank(text, brk);
      Mark reopening = QuoteMarks.markAt(text, begin);
      if (reopening != null && reopening.opens()) {
        begin = skipBlank(text, reopening.end());
      }
    }
    if (pieces.isEmpty() || !text.substring(begin, quote.contentEnd()).isBlank()) {
      pieces.add(new int[] {begin, quote.contentEnd()});
    }
    return pieces;
  }

  /** Drops quotations inside another: the nested quote is part of the outer one's words. */
  private static List<Found> outermost(List<Found> sorted) {
    List<Found> result = new ArrayList<>();
    int reach = -1;
    for (Found q : sorted) {
      if (q.open() >= reach) {
        result.add(q);
        reach = q.end();
      }
    }
    return result;
  }

  /** The index of the first newline of the paragraph break after {@code from}, or the text's end. */
  private static int paragraphEnd(String text, int from) {
    for (int i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (isParagraphBreak(text, i)) {
        return i;
      }
    }
    return text.length();
  }

  static boolean isParagraphBreak(String text, int newline) {
    int j = newline + 1;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    return j < text.length() && text.charAt(j) == '\n';
  }

  private static int skipBlank(String text, int i) {
    while (i < text.length() && QuoteMarks.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
