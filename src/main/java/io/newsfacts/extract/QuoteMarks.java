package io.newsfacts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The quotation marks of a text, each read from the characters around it the way a reader does:
 * whether it can open or close a quotation, or is an apostrophe or a prime and no mark at all.
 *
 * <p>English prints quotations in two kinds of marks. Double: “…”, "…", the wire archives'
 * {@code ``…''} (two backticks, two apostrophes) and mixtures such as {@code ``…”}. Single: ‘…’,
 * '…' and the archives' {@code `…'}. Either kind may be the primary one (American style uses
 * double marks, British and Commonwealth style single ones) and the other kind nests inside it.
 *
 * <p>Single marks share their characters with the apostrophe. An apostrophe sits inside a word
 * (don't, Clinton’s, 5'11), stands for letters left out at a word's start (’90s, 'em, rock ’n’
 * roll), or follows a plural possessive (Jones’ car). The first two are never marks; the last can
 * only be told from a closing mark by what follows, so such a mark is a {@link Strength#WEAK}
 * closer and {@link QuoteFinder} prefers a clearer one.
 */
final class QuoteMarks {

  enum Kind { DOUBLE, SINGLE }

  /** How sure a closing mark is to close: by the punctuation at it, or only by the space after. */
  enum Strength {
    /** Punctuation before or after it (,’ ’. ”) or the end of the paragraph. */
    STRONG,
    /** A word before it and a space after (‘special relationship’ between). */
    WEAK,
    /** As WEAK, after an s: may be a plural possessive (the Jones’ car). */
    POSSESSIVE
  }

  /**
   * One mark: where it is and how many chars it takes, its kind, whether it can open or close,
   * whether it is typographically definite (“ ” ‘ ’ `` rather than the straight " or '), if it
   * closes, how surely, and whether it is a doubtful opener: one before a two-digit number, which
   * may be a year's apostrophe ('08) as well as a quotation ('24 hours a day').
   */
  record Mark(int at, int length, Kind kind, boolean opens, boolean closes, boolean definite,
      Strength strength, boolean doubtful) {
    int end() {
      return at + length;
    }
  }

  private static final String OPEN_CONTEXT = "([{\u2014\u2013-/\u201C\u2018\"'`\u201E";
  private static final String CLOSE_CONTEXT = ".,;:!?)]}\u2014\u2013-\u2026\u201D\u2019\"'";
  private static final String PUNCTUATION_BEFORE_CLOSE = ".,;:!?)]\u2026\u2014\u2013-";
  /** Words that open with an apostrophe for letters left out: ’90s, 'em, 'til, 'n'. */
  private static final Pattern ELISION = Pattern.compile(
      "(?i)(\\d\\ds|em|til|tis|twas|cause|cos|bout|n)(?![\\p{L}\\p{N}]).*", Pattern.DOTALL);

  private static final Pattern YEAR = Pattern.compile("\\d\\d(?![\\p{L}\\p{N}]).?",
      Pattern.DOTALL);

  private QuoteMarks() {}

  /** Every quotation mark in reading order; apostrophes and primes are left out. */
  static List<Mark> scan(String text) {
    List<Mark> marks = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      List<Mark> nestedThenOuter = closingTriple(text, i);
      if (!nestedThenOuter.isEmpty()) {
        marks.addAll(nestedThenOuter);
        i += 3;
        continue;
      }
      Mark mark = markAt(text, i);
      if (mark == null) {
        i++;
        continue;
      }
      marks.add(mark);
      i = mark.end();
    }
    return marks;
  }

  /**
   * Three apostrophes after a word or punctuation: a nested quotation closing right before the
   * wire's double closer, {@code ``People say, `It will pass,''' he said}. The innermost
   * quotation closes first, so the single mark comes first and the double one after it (read
   * left to right as {@code ''} then {@code '}, the double would close inside the nested one).
   * Empty when the marks there are not that.
   */
  private static List<Mark> closingTriple(String text, int i) {
    if (!text.startsWith("'''", i) || text.startsWith("''''", i)) {
      return List.of();
    }
    Mark nested = closer(text, i, 1, Kind.SINGLE, false);
    Mark outer = nested == null ? null : closer(text, i + 1, 2, Kind.DOUBLE, false);
    return outer == null ? List.of() : List.of(nested, outer);
  }

  /** The mark beginning at {@code i}, or null (an apostrophe, a prime or no mark). */
  static Mark markAt(String text, int i) {
    char c = text.charAt(i);
    String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
    switch (two) {
      case "``", "\u2018\u2018" -> {
        return opener(text, i, 2, Kind.DOUBLE, true);
      }
      case "''" -> {
        return straight(text, i, 2, Kind.DOUBLE);
      }
      case "\u2019\u2019" -> {
        return closer(text, i, 2, Kind.DOUBLE, true);
      }
      default -> { }
    }
    return switch (c) {
      case '\u201C', '\u201E' -> opener(text, i, 1, Kind.DOUBLE, true);
      case '\u201D' -> closer(text, i, 1, Kind.DOUBLE, true);
      case '"' -> isInchMark(text, i) ? null : straight(text, i, 1, Kind.DOUBLE);
      case '`' -> isApostrophe(text, i) ? null : opener(text, i, 1, Kind.SINGLE, true);
      case '\u2018' -> isApostrophe(text, i) ? null : opener(text, i, 1, Kind.SINGLE, true);
      case '\u2019' -> isApostrophe(text, i) ? null : closer(text, i, 1, Kind.SINGLE, true);
      case '\'' -> isApostrophe(text, i) ? null : straight(text, i, 1, Kind.SINGLE);
      default -> null;
    };
  }

  /** A straight mark opens where an opening one would sit and closes anywhere else. */
  private static Mark straight(String text, int i, int length, Kind kind) {
    boolean opens = (i == 0 || isOpenContext(text.charAt(i - 1)))
        && i + length < text.length() && !isSpace(text.charAt(i + length))
        || kind == Kind.DOUBLE && opensLine(text, i, length);
    if (opens) {
      return new Mark(i, length, kind, true, false, false, null, doubtful(text, i + length, kind));
    }
    Mark closing = closer(text, i, length, kind, false);
    return closing == null && kind == Kind.DOUBLE && spacedOnBothSides(text, i, length)
        ? new Mark(i, length, kind, length == 1, true, false, Strength.WEAK, false)
        : closing;
  }

  /**
   * Older wire and typed copy often sets a straight double mark apart by spaces on both sides
   * ({@code are " slightly above" fiscal}, {@code "It isn't over yet, " said}), so its place
   * cannot tell whether it opens or closes. It does whichever the quotation around it needs: it
   * closes one left open, and otherwise a {@code "} opens one (a {@code ''} only closes: in the
   * wire style two backticks open). A single mark so set off is left alone: it is as likely an
   * apostrophe ("rock ' n ' roll").
   */
  private static boolean spacedOnBothSides(String text, int i, int length) {
    return i > 0 && i + length < text.length() && isInlineSpace(text.charAt(i - 1))
        && isInlineSpace(text.charAt(i + length));
  }

  /**
   * A double mark first on its line with words after it on the line opens, even set apart from
   * them by a space (typed copy: {@code " Also all memberships …} re-opening a long quotation):
   * nothing before it on the line can be closed there.
   */
  private static boolean opensLine(String text, int i, int length) {
    if (i > 0 && text.charAt(i - 1) != '\n') {
      return false;
    }
    int lineEnd = text.indexOf('\n', i);
    return !text.substring(i + length, lineEnd < 0 ? text.length() : lineEnd).isBlank();
  }

  /** An opening mark needs something to quote right after it (or opens its line). */
  private static Mark opener(String text, int i, int length, Kind kind, boolean definite) {
    boolean opens = i + length < text.length()
        && !isSpace(text.charAt(i + length)) || kind == Kind.DOUBLE && opensLine(text, i, length);
    return opens
        ? new Mark(i, length, kind, true, false, definite, null, doubtful(text, i + length, kind))
        : null;
  }

  /** A closing mark needs a word or punctuation right before it. */
  private static Mark closer(String text, int i, int length, Kind kind, boolean definite) {
    if (afterNestedCloser(text, i, kind)) {
      return new Mark(i, length, kind, false, true, definite, Strength.STRONG, false);
    }
    if (i == 0 || isSpace(text.charAt(i - 1))) {
      return null;
    }
    char before = text.charAt(i - 1);
    int after = i + length;
    boolean strong = PUNCTUATION_BEFORE_CLOSE.indexOf(before) >= 0
        || after >= text.length() || CLOSE_CONTEXT.indexOf(text.charAt(after)) >= 0
        || endsParagraph(text, after) || beforeOuterCloser(text, after, kind);
    if (!strong && !isSpace(text.charAt(after))) {
      return null; // a mark glued to a word on both sides quotes nothing
    }
    Strength strength = strong ? Strength.STRONG
        : "sS".indexOf(before) >= 0 ? Strength.POSSESSIVE : Strength.WEAK;
    return new Mark(i, length, kind, false, true, definite, strength, false);
  }

  /**
   * Some typesetters put a thin space between a nested quotation's closing mark and the outer one
   * ({@code 'Clinton,' " said}, {@code ‘a sham’ ”}), so a mark of the other kind, closed against
   * its word, just before this one with only spaces between, makes this one close too.
   */
  private static boolean afterNestedCloser(String text, int i, Kind kind) {
    int j = i - 1;
    while (j >= 0 && isInlineSpace(text.charAt(j))) {
      j--;
    }
    return j < i - 1 && j >= 1 && closingChars(other(kind)).indexOf(text.charAt(j)) >= 0
        && !isSpace(text.charAt(j - 1));
  }

  /** The nested side of {@link #afterNestedCloser}: spaces, then the outer closer, then a break. */
  private static boolean beforeOuterCloser(String text, int after, Kind kind) {
    int j = after;
    while (j < text.length() && isInlineSpace(text.charAt(j))) {
      j++;
    }
    boolean wireDouble = kind == Kind.SINGLE && text.startsWith("''", j);
    if (j == after || j >= text.length()
        || !wireDouble && closingChars(other(kind)).indexOf(text.charAt(j)) < 0) {
      return false;
    }
    int next = j + (wireDouble ? 2 : 1);
    return next >= text.length() || isSpace(text.charAt(next))
        || CLOSE_CONTEXT.indexOf(text.charAt(next)) >= 0;
  }

  private static Kind other(Kind kind) {
    return kind == Kind.DOUBLE ? Kind.SINGLE : Kind.DOUBLE;
  }

  private static String closingChars(Kind kind) {
    return kind == Kind.DOUBLE ? "\u201D\"" : "\u2019'";
  }

  private static boolean isInlineSpace(char c) {
    return c != '\n' && c != '\r' && isSpace(c);
  }

  /**
   * A single mark that is an apostrophe: inside a word or number (don't, Clinton’s, 5'11), or
   * opening a word whose first letters are left out (’90s, 'em, the 'n' of rock 'n' roll).
   */
  private static boolean isApostrophe(String text, int i) {
    boolean wordBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    boolean wordAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    if (wordBefore && wordAfter) {
      return true;
    }
    if (wordAfter && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
      return ELISION.matcher(text.subSequence(i + 1, Math.min(text.length(), i + 8))).matches();
    }
    // the closing apostrophe of 'n': rock ’n’ roll
    return wordBefore && i >= 2 && (text.charAt(i - 1) == 'n' || text.charAt(i - 1) == 'N')
        && "'\u2019\u2018".indexOf(text.charAt(i - 2)) >= 0
        && (i < 3 || !Character.isLetterOrDigit(text.charAt(i - 3)));
  }

  private static boolean doubtful(String text, int after, Kind kind) {
    return kind == Kind.SINGLE && YEAR.matcher(text.subSequence(after,
        Math.min(text.length(), after + 3))).matches();
  }

  /** The inch mark of a height or length: 5'11", 6'2". */
  private static boolean isInchMark(String text, int i) {
    int j = i - 1;
    while (j >= 0 && Character.isDigit(text.charAt(j))) {
      j--;
    }
    return j < i - 1 && j >= 1 && text.charAt(j) == '\'' && Character.isDigit(text.charAt(j - 1));
  }

  /** White space, the no-break space included (web copy puts one before a quotation). */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isOpenContext(char before) {
    return isSpace(before) || OPEN_CONTEXT.indexOf(before) >= 0;
  }

  /** Only spaces and then a blank line (or the end of the text) follow. */
  private static boolean endsParagraph(String text, int i) {
    int j = i;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    return text.charAt(j) == '\n' && QuoteFinder.isParagraphBreak(text, j);
  }
}
