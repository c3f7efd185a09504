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
    String h1 = headline(page);
    List<String> siteNames = new ArrayList<>();
    for (String s : new String[] {PageMetadata.meta(metaTags, "og:site_name"),
        PageMetadata.meta(metaTags, "application-name"), publisher, domainLabel(url)}) {
      if (s != null && !s.isBlank()) {
        siteNames.add(comparable(s));
      }
    }
    for (String candidate : new String[] {jsonLdHeadline, PageMetadata.meta(metaTags, "og:title"),
        PageMetadata.meta(metaTags, "twitter:title"), page.title(), h1}) {
      if (candidate == null || candidate.isBlank()) {
        continue;
      }
      // Pages escape twice ("d&#039;actions"); a title that is only the site's name is none.
      String title = Parser.unescapeEntities(candidate, false).strip();
      if (isSiteName(title, siteNames) && !title.equals(h1)) {
        continue;
      }
      // The visible headline inside a longer title ("Topic - Headline - Site") is the headline.
      if (h1 != null && words(h1) >= 3 && !title.equals(h1)
          && comparable(title).contains(comparable(h1))) {
        return h1;
      }
      return withoutSiteName(title, siteNames, h1);
    }
    return null;
  }

  /** The story's h1: the first in an article or main element, else the page's only h1. */
  private static String headline(Document page) {
    Element h1 = page.selectFirst("article h1, main h1, [itemprop=headline]");
    if (h1 == null) {
      var all = page.select("h1");
      h1 = all.size() == 1 ? all.first() : null;
    }
    return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
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
