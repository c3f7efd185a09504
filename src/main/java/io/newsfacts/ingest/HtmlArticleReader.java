package io.newsfacts.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Extracts article text and metadata from an HTML page with jsoup. The text keeps the page's block
 * structure (one paragraph per p, heading, list item, …) because {@link TextCleaner} and sentence
 * splitting rely on paragraph breaks; page chrome is removed by tag and by clearly named
 * class/id/role, not by rules tuned to one site.
 */
final class HtmlArticleReader {

  /** What the page gave: metadata from its head, and paragraph text joined by blank lines. */
  record HtmlArticle(Metadata metadata, String text) {}

  private static final String DROPPED_TAGS = "nav, header, footer, aside, script, style, noscript, "
      + "form, iframe, svg, button, template, select, textarea, input, dialog, canvas, object, embed, "
      + "video, audio, [hidden], [aria-hidden=true]";

  private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "menu", "menubar", "search", "dialog", "alertdialog", "toolbar");

  /** class/id words that clearly name chrome; matched as whole words of the class or id. */
  private static final Set<String> CHROME_WORDS = Set.of("nav", "navbar", "navigation", "menu",
      "breadcrumb", "breadcrumbs", "share", "sharing", "sharebar", "social", "cookie", "cookies",
      "consent", "gdpr", "related", "recommended", "recirculation", "comment", "comments", "disqus",
      "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored",
      "promo", "newsletter", "subscribe", "subscription", "paywall", "popup", "modal", "sidebar",
      "skip", "taboola", "outbrain");

  /** Elements whose content is its own paragraph (or holds paragraphs). */
  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main",
      "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure",
      "figcaption", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr",
      "address", "details", "summary", "center", "body", "header", "footer", "nav", "aside");

  private static final java.util.regex.Pattern SOURCE_WHITESPACE =
      java.util.regex.Pattern.compile("[ \\t\\n\\r\\f]+");

  HtmlArticle read(String html) throws ArticleProblem {
    Document doc = Jsoup.parse(html);
    Element root = contentRoot(doc);
    // Metadata first: the <time> and <h1> it may need can sit in a header we are about to drop.
    Metadata metadata = new Metadata(title(doc), publishedDate(doc, root), url(doc));
    removeChrome(root);
    List<String> paragraphs = new ArrayList<>();
    collectParagraphs(root, paragraphs);
    if (paragraphs.isEmpty()) {
      throw new ArticleProblem("HTML has no article text");
    }
    return new HtmlArticle(metadata, String.join("\n\n", paragraphs));
  }

  /** The largest article, else main, else body: some pages mark teasers up as articles too. */
  private static Element contentRoot(Document doc) {
    Element best = null;
    for (Element article : doc.select("article")) {
      if (best == null || article.text().length() > best.text().length()) {
        best = article;
      }
    }
    if (best != null) {
      return best;
    }
    Element main = doc.selectFirst("main, [role=main]");
    return main != null ? main : doc.body();
  }

  // ---- metadata ----

  private static String title(Document doc) {
    String og = metaContent(doc, "og:title");
    if (og != null) {
      return og;
    }
    if (!doc.title().isBlank()) {
      return doc.title();
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null || h1.text().isBlank() ? null : h1.text();
  }

  private static java.time.LocalDate publishedDate(Document doc, Element root) {
    for (String key : List.of("article:published_time", "og:published_time", "date", "pubdate")) {
      var date = PublishedDates.parseOrNull(metaContent(doc, key));
      if (date != null) {
        return date;
      }
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      for (String value : List.of(e.attr("content"), e.attr("datetime"), e.text())) {
        var date = PublishedDates.parseOrNull(value);
        if (date != null) {
          return date;
        }
      }
    }
    Element time = root.selectFirst("time[datetime]");
    return time == null ? null : PublishedDates.parseOrNull(time.attr("datetime"));
  }

  private static String url(Document doc) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null && !canonical.attr("href").isBlank()) {
      return canonical.attr("href").strip();
    }
    return metaContent(doc, "og:url");
  }

  /** A meta tag's content, whether the page names it with property= or name=. */
  private static String metaContent(Document doc, String key) {
    for (Element meta : doc.select("meta[content]")) {
      if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))) {
        String content = meta.attr("content").strip();
        if (!content.isEmpty()) {
          return content;
        }
      }
    }
    return null;
  }

  // ---- chrome ----

  private static void removeChrome(Element root) {
    for (Element e : root.select(DROPPED_TAGS)) {
      if (e != root) {
        e.remove();
      }
    }
    int rootTextLength = root.text().length();
    Elements candidates = root.select("[class], [id], [role]");
    for (Element e : candidates) {
      if (e == root || e.parent() == null || !isChrome(e)) {
        continue;
      }
      // A wrapper named like "content-with-sidebar" can hold the story itself: an element holding
      // most of the text is layout, not chrome.
      if (e.text().length() * 2 > rootTextLength && !isComments(e)) {
        continue;
      }
      e.remove();
    }
  }

  private static boolean isChrome(Element e) {
    if (CHROME_ROLES.contains(e.attr("role").strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (String word : nameWords(e.className() + " " + e.id())) {
      if (CHROME_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isComments(Element e) {
    List<String> words = nameWords(e.className() + " " + e.id());
    return words.contains("comments") || words.contains("comment") || words.contains("disqus");
  }

  /** "shareBar related-links ad_slot" → share, bar, related, links, ad, slot. */
  static List<String> nameWords(String classAndId) {
    String spaced = classAndId.replaceAll("([a-z])([A-Z])", "$1 $2");
    List<String> words = new ArrayList<>();
    for (String w : spaced.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  // ---- block text ----

  /**
   * Walks {@code el}: each block without nested blocks becomes a paragraph; inline text sitting
   * directly in a block next to nested blocks (a div with direct text) becomes a paragraph of its
   * own. {@code <br>} becomes a line break inside the paragraph.
   */
  private static void collectParagraphs(Element el, List<String> out) {
    boolean pre = el.tagName().equals("pre");
    StringBuilder inline = new StringBuilder();
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode text) {
        inline.append(pre ? text.getWholeText() : collapse(text.getWholeText()));
      } else if (child instanceof Element e) {
        if (e.tagName().equals("br")) {
          inline.append('\n');
        } else if (isBlock(e) || containsBlock(e)) {
          flush(inline, out);
          collectParagraphs(e, out);
        } else {
          appendInline(e, inline, pre);
        }
      }
    }
    flush(inline, out);
  }

  private static void appendInline(Element el, StringBuilder into, boolean pre) {
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode text) {
        into.append(pre ? text.getWholeText() : collapse(text.getWholeText()));
      } else if (child instanceof Element e) {
        if (e.tagName().equals("br")) {
          into.append('\n');
        } else {
          appendInline(e, into, pre);
        }
      }
    }
  }

  private static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.tagName());
  }

  private static boolean containsBlock(Element e) {
    for (Element d : e.getAllElements()) {
      if (d != e && isBlock(d)) {
        return true;
      }
    }
    return false;
  }

  /** HTML source whitespace (not NBSP, which the cleaner normalises) is one space. */
  private static String collapse(String s) {
    return SOURCE_WHITESPACE.matcher(s).replaceAll(" ");
  }

  /** Adds the inline text as a paragraph, lines trimmed, if it has any text. */
  private static void flush(StringBuilder inline, List<String> out) {
    List<String> lines = new ArrayList<>();
    for (String line : inline.toString().split("\n")) {
      String stripped = line.strip();
      if (!stripped.isEmpty() && !isOnlyInvisible(stripped)) {
        lines.add(stripped);
      }
    }
    if (!lines.isEmpty()) {
      out.add(String.join("\n", lines));
    }
    inline.setLength(0);
  }

  private static boolean isOnlyInvisible(String s) {
    return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF);
  }
}
