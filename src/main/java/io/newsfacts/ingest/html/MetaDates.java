package io.newsfacts.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages state them in markup (meta tags, JSON-LD, {@code <time datetime>},
 * the URL). The date kept is the calendar date in the time zone the page states: an evening story
 * stamped {@code 2020-01-08T21:30:00-05:00} is of the 8th, not of the UTC 9th; converting would put
 * "yesterday" one day off.
 */
final class MetaDates {

  private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
  private static final Pattern SLASHED = Pattern.compile("^\\s*(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
  private static final Pattern DOTTED = Pattern.compile("^\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
  /** 14/01/2020 or 01/14/2020: day and month in either order (see {@link #slashed}). */
  private static final Pattern DAY_MONTH_SLASHED =
      Pattern.compile("^\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
  /** /2019/08/02/, /2019-08-02, /20190802/ in a URL path. */
  private static final Pattern IN_URL = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?=[/._-]|$)"
          + "|/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=/)");

  /** Dates as printed in a page's visible byline or date line. */
  private static final Pattern DOTTED_IN_TEXT =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern SLASHED_IN_TEXT =
      Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])");
  private static final Pattern ISO_IN_TEXT =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final String MONTH_NAMES = "jan(?:uary|uar|vier)?|janv|feb(?:ruary|ruar)?|févr(?:ier)?"
      + "|mar(?:ch)?|mär(?:z)?|mars|apr(?:il)?|avr(?:il)?|may|mai|jun(?:e|i)?|juin|jul(?:y|i)?"
      + "|juil(?:let)?|aug(?:ust)?|août|sep(?:t(?:ember|embre)?)?|oct(?:ober|obre)?|okt(?:ober)?"
      + "|nov(?:ember|embre)?|dec(?:ember)?|dez(?:ember)?|déc(?:embre)?"
      // Spanish, Italian, Portuguese ("22 de abril de 2022", "3 maggio 2021", "5 de março de 2020").
      + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|setiembre|octubre"
      + "|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
      + "|novembre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?iu)(?<!\\d)(\\d{1,2})\\.?\\s+(?:de\\s+)?("
      + MONTH_NAMES + ")\\.?\\s+(?:del?\\s+)?((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)\\b(" + MONTH_NAMES
      + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)");

  /** Longer text is running prose, not a date line. */
  static final int MAX_TEXT_CHARS = 200;

  private MetaDates() {}

  /** The first date printed in a short piece of visible text ("Posted 07.11.2023 by …"), or null. */
  static LocalDate inText(String text) {
    if (text == null || text.length() > MAX_TEXT_CHARS) {
      return null;
    }
    Matcher m = ISO_IN_TEXT.matcher(text);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = DOTTED_IN_TEXT.matcher(text);
    if (m.find()) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    m = SLASHED_IN_TEXT.matcher(text);
    LocalDate either = m.find() ? slashed(m.group(1), m.group(2), m.group(3)) : null;
    if (either != null) {
      return either;
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      return date(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
    }
    m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      return date(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
    }
    return null;
  }

  private static int month(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    String[][] months = {{"jan", "ene", "gen"}, {"feb", "fév", "fev"}, {"mar", "mär"},
        {"apr", "avr", "abr"}, {"may", "mai", "mag"}, {"jun", "juin", "giu"},
        {"jul", "juil", "lug"}, {"aug", "aoû", "ago"}, {"sep", "set"}, {"oct", "okt", "ott", "out"},
        {"nov"}, {"dec", "dez", "déc", "dic"}};
    for (int i = 0; i < months.length; i++) {
      for (String prefix : months[i]) {
        if (n.startsWith(prefix)) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  /** The date a markup value states, or null when it is not a date we can read for sure. */
  static LocalDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (Pattern p : new Pattern[] {ISO, SLASHED, COMPACT}) {
      Matcher m = p.matcher(value);
      if (m.find()) {
        return date(m.group(1), m.group(2), m.group(3));
      }
    }
    Matcher dotted = DOTTED.matcher(value);
    if (dotted.find()) {
      return date(dotted.group(3), dotted.group(2), dotted.group(1));
    }
    Matcher slashed = DAY_MONTH_SLASHED.matcher(value);
    if (slashed.find()) {
      return slashed(slashed.group(1), slashed.group(2), slashed.group(3));
    }
    try {
      return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * A machine-written {@code a/b/yyyy}: a number above 12 is the day. When both could be the
   * month, no order can be trusted (CMSs write {@code 11/01/2023} for the 1st of November and
   * {@code 10/05/2022} for the 10th of May, with no hint in the page), so the value is not read.
   */
  private static LocalDate slashed(String first, String second, String year) {
    int a = Integer.parseInt(first);
    int b = Integer.parseInt(second);
    if (a > 12 || a == b) {
      return date(year, second, first);
    }
    return b > 12 ? date(year, first, second) : null;
  }

  /** A date written into the URL's path, or null. */
  static LocalDate fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = IN_URL.matcher(url);
    if (!m.find()) {
      return null;
    }
    return m.group(1) != null ? date(m.group(1), m.group(2), m.group(3))
        : date(m.group(4), m.group(5), m.group(6));
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
          Integer.parseInt(day));
      return date.getYear() < 1900 || date.getYear() > 2100 ? null : date;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
