package io.newsfacts.extract;

import io.newsfacts.extract.DateFinder.FoundDate;
import io.newsfacts.model.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of years written with a hyphen or a dash: "the period 2021-2027", "the 1966-76
 * Cultural Revolution", "the 2019-20 season". SUTime reads two four-digit years as one duration
 * in hours (PT52584H) and a year with two digits after it as a month ("2011-12": December 2011).
 * TimeML marks the two ends of a range as two dates ("from 1992 through 1995" has two TIMEX3),
 * and the hyphen is the written "to".
 */
final class YearRanges {

  private static final Pattern RANGE = Pattern.compile(
      "^(1[5-9]\\d\\d|20\\d\\d)(\\s?[-–]\\s?)(\\d{2}|1[5-9]\\d\\d|20\\d\\d)$");
  /** A range of clock times ("1400-1600 GMT") is no range of years. */
  private static final Pattern ZONE_OR_HOURS_AFTER = Pattern.compile(
      "^\\s*(GMT|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST|hrs|hours|local)\\b");
  /** Longer spans are rarely one stretch of years ("ISSN 1077-2626"). */
  private static final int LONGEST = 100;

  /** The same range in running text, where SUTime found nothing ("between 2017-18 and"). */
  private static final Pattern IN_TEXT = Pattern.compile(
      "(?<![\\d.,/-])(?:1[5-9]|20)\\d\\d\\s?[-–]\\s?\\d{2}(?:\\d{2})?(?![\\d.,/-]\\d|[\\d-])");

  private YearRanges() {}

  /**
   * The ranges of years written in the text that SUTime left untagged ("the 1966-76 Cultural
   * Revolution"), as pairs of DATEs; {@code sentenceAt} gives the sentence of a character offset.
   */
  static List<FoundDate> inText(String text, IntUnaryOperator sentenceAt) {
    List<FoundDate> found = new ArrayList<>();
    Matcher m = IN_TEXT.matcher(text);
    while (m.find()) {
      found.addAll(split(text, m.start(), m.end(), sentenceAt.applyAsInt(m.start())));
    }
    return found;
  }

  /**
   * The two years of the range the expression's text is, as two DATEs; empty when it is no
   * such range. A month-like pair ("2011-12") is a range only when the second number is the
   * next year's: a season or a school or fiscal year, as prose writes it; an ISO year and month
   * stands in prose only as part of a full date.
   */
  static List<FoundDate> split(String text, int begin, int end, int sentence) {
    Matcher m = RANGE.matcher(text.substring(begin, end));
    if (!m.matches() || ZONE_OR_HOURS_AFTER.matcher(
        text.substring(end, Math.min(text.length(), end + 8))).find()) {
      return List.of();
    }
    int first = Integer.parseInt(m.group(1));
    String last = m.group(3);
    int lastYear;
    if (last.length() == 2) {
      lastYear = first / 100 * 100 + Integer.parseInt(last);
      if (lastYear <= first) {
        lastYear += 100;
      }
      if (lastYear != first + 1 && Integer.parseInt(last) <= 12) {
        return List.of();
      }
    } else {
      lastYear = Integer.parseInt(last);
    }
    if (lastYear <= first || lastYear - first > LONGEST) {
      return List.of();
    }
    int lastBegin = begin + m.end(2);
    return List.of(
        new FoundDate(m.group(1), begin, begin + 4, sentence, TimexType.DATE, m.group(1)),
        new FoundDate(last, lastBegin, end, sentence, TimexType.DATE,
            Integer.toString(lastYear)));
  }
}
