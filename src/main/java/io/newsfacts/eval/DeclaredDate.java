package io.newsfacts.eval;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where a page's markup declares a publication date at all, found by broad patterns written apart
 * from ingest's metadata code (so the count is not ingest judging itself): the denominator of
 * "publishedDate found on 95 % of the pages that declare one". The first kind found is reported,
 * in this order; {@link #TEXT} (a full date printed anywhere in the visible text) is the widest and
 * also counts comment dates and other stories' dates, so figures are given with and without it.
 */
enum DeclaredDate {
  JSON_LD, META, MICRODATA, TIME, URL, TEXT;

  private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
  private static final String MONTH_NUMBER = "(?:0?[1-9]|1[0-2])";
  private static final String YEAR = "(?:19|20)\\d{2}";
  private static final String MONTHS = "jan(?:uary|uar|vier|\\.)?|j[äa]n(?:ner)?|feb(?:ruary|ruar|\\.)?"
      + "|févr(?:ier)?|fevr(?:ier)?|mar(?:ch|\\.)?|märz|mars|apr(?:il|\\.)?|avril|may|mai|jun(?:e|i)?"
      + "|juin|jul(?:y|i)?|juil(?:let)?|aug(?:ust|\\.)?|août|sep(?:t(?:ember|embre)?)?\\.?"
      + "|oct(?:ober|obre)?\\.?|okt(?:ober)?\\.?|nov(?:ember|embre)?\\.?|de[cz](?:ember|\\.)?"
      + "|déc(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
      + "|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre"
      + "|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro"
      + "|dezembro";
  /** A full calendar date in the usual written and machine forms. */
  private static final Pattern FULL_DATE = Pattern.compile("(?iu)(?<![\\d])(?:"
      + YEAR + "[-/.]" + MONTH_NUMBER + "[-/.]" + DAY + "(?!\\d)"
      + "|" + DAY + "[./-]\\s?" + MONTH_NUMBER + "[./-]\\s?" + YEAR + "(?!\\d)"
      + "|" + YEAR + "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?:T|$)"
      + "|" + DAY + "\\.?\\s+(?:de\\s+)?(?:" + MONTHS + ")\\s+(?:de\\s+)?" + YEAR
      + "|(?:" + MONTHS + ")\\s+" + DAY + "(?:st|nd|rd|th)?,?\\s+" + YEAR + ")");
  private static final Pattern JSON_LD_DATE = Pattern.compile(
      "\"(?:datePublished|dateCreated)\"\\s*:\\s*\"[^\"]*\\d{4}");
  private static final Pattern PUBLISHED_NAME = Pattern.compile(
      "(?i).*(?:publish|pubdate|pub_date|date|created|issued|release|time).*");
  private static final Pattern NOT_PUBLISHED_NAME = Pattern.compile(
      "(?i).*(?:modif|updat|revis|expir|crawl|index|last).*");
  private static final Pattern URL_DATE = Pattern.compile(
      "/" + YEAR + "[/-]?" + MONTH_NUMBER + "[/-]" + DAY + "(?:[/_.-]|$)|/" + YEAR
      + "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])/");

  /** The first kind of declaration the page has, or null when it states no date anywhere. */
  static DeclaredDate of(byte[] html) {
    Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    for (Element s : doc.select("script[type~=(?i)ld\\+json]")) {
      if (JSON_LD_DATE.matcher(s.data()).find()) {
        return JSON_LD;
      }
    }
    for (Element m : doc.select("meta[content]")) {
      String name = (m.attr("name") + " " + m.attr("property") + " " + m.attr("itemprop") + " "
          + m.attr("http-equiv")).strip();
      if (PUBLISHED_NAME.matcher(name).matches() && !NOT_PUBLISHED_NAME.matcher(name).matches()
          && FULL_DATE.matcher(m.attr("content")).find()) {
        return META;
      }
    }
    for (Element e : doc.select("[itemprop~=(?i)^(datePublished|dateCreated)$]")) {
      if (FULL_DATE.matcher(e.attr("content") + " " + e.attr("datetime") + " " + e.text()).find()) {
        return MICRODATA;
      }
    }
    for (Element t : doc.select("time")) {
      if (FULL_DATE.matcher(t.attr("datetime") + " " + t.text()).find()) {
        return TIME;
      }
    }
    for (Element l : doc.select("link[rel=canonical][href], meta[property=og:url][content]")) {
      String url = l.hasAttr("href") ? l.attr("href") : l.attr("content");
      if (URL_DATE.matcher(url.toLowerCase(Locale.ROOT)).find()) {
        return URL;
      }
    }
    Element body = doc.body();
    if (body != null) {
      body.select("script, style, noscript, template").remove();
      if (FULL_DATE.matcher(body.text()).find()) {
        return TEXT;
      }
    }
    return null;
  }

  /** Declared in the page's machine-readable markup (anything but visible text). */
  boolean inMarkup() {
    return this != TEXT;
  }
}
