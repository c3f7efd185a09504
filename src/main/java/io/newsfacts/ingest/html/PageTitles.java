package io.newsfacts.ingest.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The story's title without the site's name. {@code <title>} and often {@code og:title} read
 * "Headline - Site" or "Site | Headline"; the site part goes when it names the site (its
 * {@code og:site_name}, publisher or domain) or, failing that, when it is a short end piece after a
 * bar — the separators a headline itself does not use.
 */
final class PageTitles {

  /** " | ", " - ", " – ", " — ", " · ", " • ", " » ", " :: ", " / " with spaces around. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|·|•|»|::|/)\\s+");
  private static final Pattern BAR = Pattern.compile("\\s+(?:\\||·|•|»|::)\\s+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  private PageTitles() {}

  static String title(Document page, Map<String, String> metaTags, String jsonLdHeadline,
      String publisher, String url) {
    List<String> siteNames = new ArrayList<>();
    for (String s : new String[] {PageMetadata.meta(metaTags, "og:site_name"),
        PageMetadata.meta(metaTags, "application-name"), publisher, domainLabel(url)}) {
      if (s != null && !s.isBlank()) {
        siteNames.add(comparable(s));
      }
    }
    List<String> homeNames = homeLinkNames(page);
    Element heading = headline(page, homeNames);
    String h1 = heading == null ? null : heading.text().strip();
    for (String candidate : new String[] {jsonLdHeadline, PageMetadata.meta(metaTags, "og:title"),
        PageMetadata.meta(metaTags, "twitter:title"), page.title(), h1}) {
      if (candidate == null || candidate.isBlank()) {
        continue;
      }
      // Pages escape twice ("d&#039;actions"); a title that is only the site's name is none.
      String title = Parser.unescapeEntities(candidate, false).strip();
      if ((isSiteName(title, siteNames) || homeNames.contains(comparable(title)))
          && !title.equals(h1)) {
        continue;
      }
      // The visible headline inside a longer title ("Topic - Headline - Site") is the headline.
      if (h1 != null && words(h1) >= 3 && !title.equals(h1)
          && comparable(title).contains(comparable(h1))) {
        return h1;
      }
      // The SEO title is often a shortened or reworded headline ("Pier opens" for "Pier opens
      // after four years"): the headline readers see is the story's title when it shares most
      // of the SEO title's words.
      String core = withoutSiteName(title, siteNames, h1);
      if (h1 != null && words(h1) >= 2 && sharesCore(core, h1)) {
        return gluedKicker(heading, core) ? core : h1;
      }
      return withoutSiteName(title, siteNames, h1);
    }
    return null;
  }

  /**
   * The story's h1: the first in an article or main element, else the page's only h1 that is not
   * the site's name. Blog themes put the blog's name in the h1 and the post's title in an h2
   * (class {@code entry-title}/{@code post-title}, or a permalink with {@code rel=bookmark}):
   * when every h1 is the site's name, that h2 is the headline.
   */
  private static Element headline(Document page, List<String> homeNames) {
    // Only a home link's text rules an h1 out: pages misuse application-name for the title.
    java.util.function.Predicate<Element> site = e -> homeNames.contains(comparable(e.text()));
    Element h1 = page.selectFirst("article h1, main h1, [itemprop=headline]");
    if (h1 == null || h1.text().isBlank() || site.test(h1)) {
      List<Element> own = page.select("h1").stream()
          .filter(e -> !e.text().isBlank() && !site.test(e)).toList();
      h1 = own.size() == 1 ? own.get(0) : null;
      if (own.isEmpty()) {
        h1 = page.selectFirst("h2.entry-title, h2.post-title, h2.posttitle, h2:has(a[rel=bookmark])");
      }
    }
    return h1 == null || h1.text().isBlank() ? null : h1;
  }

  /**
   * A kicker or subtitle set in its own element inside the h1 ("<small>Tunisia</small><br>New
   * cabinet sworn in", "<span>Headline</span> <span>Subtitle</span>") reads glued to the
   * headline as text; when the title is the h1 less such a piece, joined by nothing but space (or a
   * section's bar), the title is the headline. A kicker written with a colon ("Brexit: talks resume") is part
   * of the headline and stays.
   */
  private static boolean gluedKicker(Element h1, String core) {
    if (h1 == null || h1.children().isEmpty()) {
      return false;
    }
    String text = h1.text().strip();
    String c = core.strip();
    if (c.isEmpty() || text.length() <= c.length()) {
      return false;
    }
    if (text.startsWith(c)) {
      return Character.isWhitespace(text.charAt(c.length()));
    }
    if (text.endsWith(c)) {
      String before = text.substring(0, text.length() - c.length());
      String kicker = before.strip();
      char last = kicker.isEmpty() ? ' ' : kicker.charAt(kicker.length() - 1);
      // A section link set before the headline ("Local News | ", "Reformstau / ") is no part of it.
      return Character.isWhitespace(before.charAt(before.length() - 1))
          && (Character.isLetterOrDigit(last) || last == '|' || last == '/');
    }
    return false;
  }

  /**
   * Names of the site from links to its home page in a heading or logo ({@code <h1><a
   * href="/">Blog name</a></h1>}, {@code rel=home}): a title or h1 that is only this name is not
   * the story's.
   */
  private static List<String> homeLinkNames(Document page) {
    List<String> names = new ArrayList<>();
    for (Element a : page.select("h1 a[href], h2 a[href], a[rel=home], [class*=logo] a[href], "
        + "[class*=site-title] a[href], [id*=site-title] a[href], [class*=blog-title] a[href]")) {
      String text = a.text().strip();
      if (names.size() < 5 && HOME.matcher(a.attr("href").strip()).matches()
          && words(text) >= 1 && words(text) <= 8 && !GENERIC_HOME.matcher(text).matches()) {
        String name = comparable(text);
        if (name.length() >= 3) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** "/", "./", "index.html", "https://host/", or an archived copy's ".../http://host/". */
  private static final Pattern HOME = Pattern.compile(
      "(?:/|/?index\\.\\w+|(?:.*/)?https?://[^/]+/?|//[^/]+/?)");
  private static final Pattern GENERIC_HOME = Pattern.compile(
      "(?iu)home|startseite|accueil|inicio|start|zur startseite|homepage");

  /** Most words of the shorter of two titles are in the longer one. */
  private static boolean sharesCore(String a, String b) {
    java.util.Set<String> wa = wordSet(a);
    java.util.Set<String> wb = wordSet(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    java.util.Set<String> shorter = wa.size() <= wb.size() ? wa : wb;
    java.util.Set<String> longer = shorter == wa ? wb : wa;
    long shared = shorter.stream().filter(longer::contains).count();
    return shared >= 2 && shared * 10 >= shorter.size() * 6;
  }

  private static java.util.Set<String> wordSet(String s) {
    java.util.Set<String> set = new java.util.HashSet<>();
    for (String w : NON_ALNUM.split(s.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        set.add(w);
      }
    }
    return set;
  }

  static String withoutSiteName(String title, List<String> siteNames, String h1) {
    String[] parts = SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    // The page's own headline is one of the parts: that is the title.
    if (h1 != null) {
      String heading = comparable(h1);
      for (String part : parts) {
        if (comparable(part).equals(heading)) {
          return part.strip();
        }
      }
    }
    List<String> kept = new ArrayList<>(List.of(parts));
    boolean removed = false;
    while (kept.size() > 1 && isSiteName(kept.get(kept.size() - 1), siteNames)) {
      kept.remove(kept.size() - 1);
      removed = true;
    }
    while (kept.size() > 1 && isSiteName(kept.get(0), siteNames)) {
      kept.remove(0);
      removed = true;
    }
    if (removed) {
      return rejoin(title, kept);
    }
    // Unknown site name: a short last piece after a bar ("Headline | Site News") is the site.
    String[] barred = BAR.split(title);
    if (barred.length >= 2) {
      String last = barred[barred.length - 1].strip();
      String rest = title.substring(0, title.length() - last.length()).replaceFirst(
          "\\s+(?:\\||·|•|»|::)\\s+$", "");
      if (words(last) <= 4 && words(rest) > words(last)) {
        return rest.strip();
      }
    }
    return title;
  }

  /** The remaining parts, as the title wrote them (separators included). */
  private static String rejoin(String title, List<String> kept) {
    int start = title.indexOf(kept.get(0));
    String lastPart = kept.get(kept.size() - 1);
    int end = title.lastIndexOf(lastPart) + lastPart.length();
    return start >= 0 && end > start ? title.substring(start, end).strip()
        : String.join(" - ", kept);
  }

  private static boolean isSiteName(String part, List<String> siteNames) {
    String p = comparable(part);
    if (p.isEmpty()) {
      return true;
    }
    for (String site : siteNames) {
      if (p.equals(site) || (site.length() >= 3 && p.startsWith(site))
          || (p.length() >= 3 && site.startsWith(p))) {
        return true;
      }
    }
    return false;
  }

  /** "https://www.theguardian.com/x" → "theguardian". */
  private static String domainLabel(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      String[] labels = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "").split("\\.");
      return labels.length >= 2 ? labels[labels.length - 2] : labels[0];
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String comparable(String s) {
    return NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
